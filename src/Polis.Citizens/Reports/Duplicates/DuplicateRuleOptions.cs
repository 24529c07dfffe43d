using System.ComponentModel.DataAnnotations;

namespace Polis.Citizens.Reports.Duplicates;

/// <summary>One service's duplicate rule in configuration.</summary>
public sealed class DuplicateRuleOptions
{
    [Range(0, 10_000)]
    public double RadiusMetres { get; set; } = 50;

    [Range(0, 3650)]
    public int WindowDays { get; set; } = 30;
}
