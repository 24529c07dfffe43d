using System.ComponentModel.DataAnnotations;

namespace Polis.Platform.Alarms;

/// <summary>Alarm escalation under <c>Polis:Alarms</c>.</summary>
public sealed class AlarmOptions
{
    public const string SectionName = "Polis:Alarms";

    /// <summary>An alarm still unacknowledged this long after it started escalates; level n needs (n+1) times as long.</summary>
    public TimeSpan EscalateAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How many times one alarm may escalate (each step raises its severity by one).</summary>
    [Range(0, 4)]
    public int MaxEscalations { get; set; } = 2;

    /// <summary>How often the escalation check runs.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);
}
