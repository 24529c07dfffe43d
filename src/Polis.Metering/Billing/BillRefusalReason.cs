namespace Polis.Metering.Billing;

/// <summary>Why no bill was computed.</summary>
public enum BillRefusalReason
{
    /// <summary>Some interval in the period is missing, questionable, overlapping or unusable (see the problems).</summary>
    UnbillableData,

    /// <summary>The tariff fails validation.</summary>
    InvalidTariff,

    /// <summary>No version of the tariff is in force on some day of the period.</summary>
    TariffNotInForce,

    /// <summary>The tariff bills another meter kind than the meter's.</summary>
    MeterKindMismatch,
}
