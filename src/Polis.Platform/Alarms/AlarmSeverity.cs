namespace Polis.Platform.Alarms;

/// <summary>Alarm severities, most severe first (the order escalation climbs).</summary>
public enum AlarmSeverity
{
    Critical = 0,
    Major = 1,
    Minor = 2,
    Warning = 3,
    Indeterminate = 4,
}
