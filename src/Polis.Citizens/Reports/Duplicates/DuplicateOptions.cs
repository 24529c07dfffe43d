using System.ComponentModel.DataAnnotations;

namespace Polis.Citizens.Reports.Duplicates;

/// <summary>
/// The city's duplicate rules (section Polis:Citizens:Duplicates): a default radius and window, and per service code
/// its own (e.g. a streetlight seen from across the square: 80 m; graffiti: 20 m, 60 days).
/// </summary>
public sealed class DuplicateOptions
{
    public const string SectionName = "Polis:Citizens:Duplicates";

    [Range(0, 10_000)]
    public double RadiusMetres { get; set; } = 50;

    [Range(0, 3650)]
    public int WindowDays { get; set; } = 30;

    /// <summary>Rules by service code (case-insensitive).</summary>
    public Dictionary<string, DuplicateRuleOptions> Services { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public DuplicateRules ToRules() => new(
        new DuplicateRule(RadiusMetres, WindowDays),
        Services.ToDictionary(s => s.Key, s => new DuplicateRule(s.Value.RadiusMetres, s.Value.WindowDays), StringComparer.OrdinalIgnoreCase));
}
