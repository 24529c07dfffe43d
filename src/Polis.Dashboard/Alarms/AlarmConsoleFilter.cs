using Polis.Platform.Alarms;

namespace Polis.Dashboard.Alarms;

/// <summary>
/// What the alarm console's filter bar holds; blank text and null choices mean "any". <see cref="RaisedWithin"/>
/// keeps alarms that started in that window before the moment of reading, so a live list keeps sliding.
/// </summary>
public sealed record AlarmConsoleFilter(
    AlarmStatus? Status,
    AlarmSeverity? Severity,
    string? District,
    string? DeviceId,
    int PageIndex,
    string? RuleId = null,
    string? ProfileId = null,
    string? Assignee = null,
    TimeSpan? RaisedWithin = null)
{
    public static readonly AlarmConsoleFilter All = new(null, null, null, null, 0);

    /// <summary>The console's choices for <see cref="RaisedWithin"/>, by label.</summary>
    public static IReadOnlyList<(string Label, TimeSpan Window)> Windows { get; } =
    [
        ("last hour", TimeSpan.FromHours(1)),
        ("last 24 hours", TimeSpan.FromDays(1)),
        ("last 7 days", TimeSpan.FromDays(7)),
        ("last 30 days", TimeSpan.FromDays(30)),
    ];

    public AlarmQuery ToQuery(int pageSize, DateTimeOffset now) => new(
        Statuses: Status is { } status ? [status] : null,
        Severities: Severity is { } severity ? [severity] : null,
        DeviceId: Blank(DeviceId),
        RuleId: Blank(RuleId),
        ProfileId: Blank(ProfileId),
        District: Blank(District),
        Assignee: Blank(Assignee),
        From: RaisedWithin is { } window ? now - window : null,
        Offset: PageIndex * pageSize,
        Limit: pageSize);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
