using System.ComponentModel.DataAnnotations;

namespace Polis.Transit.Realtime.Alerts;

/// <summary>Automatic SIGNIFICANT_DELAYS alerts under <c>Polis:Transit:Realtime:DelayAlerts</c>.</summary>
public sealed class DelayAlertOptions : IValidatableObject
{
    public const string SectionName = "Polis:Transit:Realtime:DelayAlerts";

    public bool Enabled { get; set; } = true;

    /// <summary>A run this late (or later) raises an alert.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "06:00:00")]
    public TimeSpan Threshold { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// A raised alert clears only once the delay falls below this (hysteresis below <see cref="Threshold"/>), so a
    /// bus hovering around the threshold does not make the alert blink on and off.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "06:00:00")]
    public TimeSpan ClearBelow { get; set; } = TimeSpan.FromMinutes(7);

    /// <summary>How often the live vehicles are checked.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ClearBelow > Threshold)
        {
            yield return new ValidationResult("ClearBelow must not exceed Threshold.", [nameof(ClearBelow)]);
        }
    }
}
