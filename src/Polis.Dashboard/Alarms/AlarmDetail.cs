using Polis.Platform.Alarms;

namespace Polis.Dashboard.Alarms;

/// <summary>One alarm with its history (raised, acknowledged, assigned, comments…), oldest first.</summary>
public sealed record AlarmDetail(Alarm Alarm, IReadOnlyList<AlarmEvent> History);
