namespace Polis.Platform.Alarms;

/// <summary>
/// One entry of an alarm's history: raised, updated, acknowledged, cleared, assigned, commented,
/// escalated. Comments are events with <see cref="Kind"/> "comment" and the text in <see cref="Text"/>.
/// </summary>
public sealed record AlarmEvent(long Id, Guid AlarmId, string Kind, DateTimeOffset At, string? Actor, string? Text);
