using System.ComponentModel.DataAnnotations;

namespace Polis.Platform.Commands.Groups;

/// <summary>Group commands under <c>Polis:Commands:Groups</c>: the brakes that keep a city-wide command safe.</summary>
public sealed class GroupCommandOptions
{
    public const string SectionName = "Polis:Commands:Groups";

    /// <summary>The pace when the caller gives none: ten devices a second.</summary>
    [Range(0.01, 10_000)]
    public double DefaultRatePerSecond { get; set; } = 10;

    /// <summary>The fastest pace a caller may ask for.</summary>
    [Range(0.01, 10_000)]
    public double MaxRatePerSecond { get; set; } = 200;

    /// <summary>Two-way calls of one group waiting for their answers at once.</summary>
    [Range(1, 1_000)]
    public int MaxInFlight { get; set; } = 32;

    /// <summary>The most devices one group command may reach; a larger selection is refused, not truncated.</summary>
    [Range(1, 1_000_000)]
    public int MaxDevices { get; set; } = 50_000;
}
