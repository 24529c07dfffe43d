using System.ComponentModel.DataAnnotations;

namespace Polis.Metering.Registers;

/// <summary>Thresholds of register conversion (section <c>Polis:Metering:Registers</c>).</summary>
public sealed record RegisterOptions
{
    public const string SectionName = "Polis:Metering:Registers";

    /// <summary>A read this close to an interval boundary counts as taken on it (meter clocks and transport jitter by seconds).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00")]
    public TimeSpan SnapTolerance { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Reads at most this many grid steps apart are apportioned linearly into measured intervals; further apart,
    /// the intervals between them are a gap for VEE to estimate (with the register difference as its total).
    /// 1.5 lets hourly reads jitter but turns one missing read into a gap.
    /// </summary>
    [Range(1.0, 24.0)]
    public double MaxReadSpacingSteps { get; init; } = 1.5;

    /// <summary>
    /// A decrease is a rollover only when the earlier read is within this fraction of the capacity below it and the
    /// later read within this fraction above zero (e.g. 99,950 → 12 on a 100,000 register with 0.1).
    /// </summary>
    [Range(0.0001, 0.5)]
    public double RolloverMargin { get; init; } = 0.1;
}
