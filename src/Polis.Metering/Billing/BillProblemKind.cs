namespace Polis.Metering.Billing;

/// <summary>Why a span of a bill period cannot be billed.</summary>
public enum BillProblemKind
{
    /// <summary>No interval value covers it.</summary>
    Missing,

    /// <summary>Its interval value is flagged Questionable by VEE.</summary>
    Questionable,

    /// <summary>Two interval values cover it (or they came out of order).</summary>
    Overlapping,

    /// <summary>Its interval value cannot be used: it crosses the period's edge, has no length or no finite quantity.</summary>
    Invalid,
}
