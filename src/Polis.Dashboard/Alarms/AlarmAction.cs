namespace Polis.Dashboard.Alarms;

/// <summary>An operator's action on the alarm open in the console; <see cref="Text"/> is the assignee or the comment.</summary>
public sealed record AlarmAction(AlarmActionKind Kind, string? Text = null)
{
    public static readonly AlarmAction Acknowledge = new(AlarmActionKind.Acknowledge);
    public static readonly AlarmAction Clear = new(AlarmActionKind.Clear);

    public static AlarmAction Assign(string? assignee) => new(AlarmActionKind.Assign, assignee);

    public static AlarmAction Comment(string text) => new(AlarmActionKind.Comment, text);
}
