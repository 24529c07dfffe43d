using System.ComponentModel.DataAnnotations;

namespace Polis.Citizens.Reports.ServiceLevels;

/// <summary>The escalation of overdue reports (section Polis:Citizens:Escalation).</summary>
public sealed class ReportEscalationOptions
{
    public const string SectionName = "Polis:Citizens:Escalation";

    /// <summary>Whether the background sweep runs on this node.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the sweep looks for overdue reports; escalation steps are working hours, so minutes are plenty.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);
}
