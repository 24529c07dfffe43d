namespace Polis.Platform.Alarms;

/// <summary>Open alarms of one district by severity: the propagation of device alarms to the district.</summary>
public sealed record DistrictAlarmCount(string? District, AlarmSeverity Severity, int Open, int Unacknowledged);
