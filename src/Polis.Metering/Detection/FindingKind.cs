namespace Polis.Metering.Detection;

/// <summary>What a detector found; each kind has its own platform alarm rule (<see cref="FindingKinds.RuleIdOf"/>).</summary>
public enum FindingKind
{
    /// <summary>Water: the minimum night flow stayed above the threshold for consecutive nights.</summary>
    NightFlow,

    /// <summary>Water: no hour without consumption for a day or more.</summary>
    ContinuousFlow,

    /// <summary>A meter device reported its cover opened or a magnetic field (tamper flags in telemetry).</summary>
    Tamper,

    /// <summary>No consumption for days at a service point marked occupied (bypass suspected).</summary>
    ZeroUse,

    /// <summary>A feeder or district meter's input exceeds the sum of its customers' meters by more than the threshold.</summary>
    Losses,

    /// <summary>A day's consumption far outside the meter's recent days (robust z-score).</summary>
    Spike,

    /// <summary>A lasting shift of the meter's daily consumption (two-sided CUSUM).</summary>
    ChangePoint,
}
