namespace Polis.Platform.Alarms;

/// <summary>What a rule (or a detector) reports when its condition holds.</summary>
public sealed record AlarmTrigger(string DeviceId, string RuleId, string Name, AlarmSeverity Severity, string DetailsJson, DateTimeOffset At);
