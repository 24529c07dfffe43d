namespace Polis.Metering.Validation;

/// <summary>
/// The rules that fired on a value: checks (some leave it Questionable, some only explain it), the estimation method
/// that filled it, and analyst actions. Each has a stable id (<see cref="VeeRuleIds"/>) for reasons and the audit trail.
/// </summary>
[Flags]
public enum VeeRules
{
    None = 0,

    /// <summary><c>gap</c>: no measured value; estimated when possible.</summary>
    Gap = 1 << 0,

    /// <summary><c>spike</c>: far above the mean of the intervals around it. Questionable.</summary>
    Spike = 1 << 1,

    /// <summary><c>negative-consumption</c>: below zero. Questionable.</summary>
    NegativeConsumption = 1 << 2,

    /// <summary><c>register-rollover</c>: the register wrapped past its capacity; the wrap was added back. Informational.</summary>
    RegisterRollover = 1 << 3,

    /// <summary><c>register-decrease</c>: the register went down (no rollover), or the value uses the read that did. Questionable.</summary>
    RegisterDecrease = 1 << 4,

    /// <summary><c>duplicate-conflict</c>: two reads at one instant disagreed. Questionable.</summary>
    DuplicateConflict = 1 << 5,

    /// <summary><c>zero-streak</c>: part of a run without consumption at least as long as the limit. Questionable.</summary>
    ZeroStreak = 1 << 6,

    /// <summary><c>high-usage</c>: far above the meter's own history at that local time and day type. Questionable.</summary>
    HighUsage = 1 << 7,

    /// <summary><c>low-usage</c>: far below the meter's own history at that local time and day type. Questionable.</summary>
    LowUsage = 1 << 8,

    /// <summary><c>timestamp-tolerance</c>: a read was off the grid beyond the snap tolerance and was apportioned. Informational.</summary>
    TimestampTolerance = 1 << 9,

    /// <summary><c>meter-exchange</c>: the interval spans a meter's installation or removal. Informational.</summary>
    MeterExchange = 1 << 10,

    /// <summary><c>overlapping-installations</c>: two installations claim the same time. Questionable.</summary>
    OverlappingInstallations = 1 << 11,

    /// <summary><c>estimate-linear</c>: filled by spreading the register difference evenly, or between the neighbouring values.</summary>
    EstimatedLinear = 1 << 12,

    /// <summary><c>estimate-like-day</c>: filled from the same local time on previous like days, scaled to the register difference when known.</summary>
    EstimatedLikeDay = 1 << 13,

    /// <summary><c>analyst-edit</c>: set by an analyst.</summary>
    AnalystEdit = 1 << 14,

    /// <summary><c>analyst-accept</c>: a Questionable value an analyst accepted as measured.</summary>
    AnalystAccept = 1 << 15,
}
