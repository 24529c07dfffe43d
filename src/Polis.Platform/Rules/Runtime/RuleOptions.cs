using System.ComponentModel.DataAnnotations;

namespace Polis.Platform.Rules.Runtime;

/// <summary>How the twins run rules, under <c>Polis:Rules</c>.</summary>
public sealed class RuleOptions
{
    public const string SectionName = "Polis:Rules";

    /// <summary>
    /// How long a twin may hold changed rule state before writing it. Raises and clears are written at once;
    /// within this window a crash costs only the progress of running durations, which restart from the next reading.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan StateFlushDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Period of the durable reminder a twin keeps while a rule waits on time alone (inactivity, a running
    /// duration). Precise firing uses in-memory timers; the reminder brings the twin back after a restart.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>An open alarm whose condition keeps holding is refreshed (trigger count, details) at most this often.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan AlarmUpdateInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many twins are told about a rule change at once.</summary>
    [Range(1, 64)]
    public int AttachConcurrency { get; set; } = 4;
}
