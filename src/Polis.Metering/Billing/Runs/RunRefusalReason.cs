namespace Polis.Metering.Billing.Runs;

/// <summary>Why a run billed nothing for a service point's meter kind (the first four are <see cref="BillRefusalReason"/>'s).</summary>
public enum RunRefusalReason
{
    /// <summary>Missing, questionable or unusable interval values in the period: only validated data is billed.</summary>
    UnbillableData,

    /// <summary>The assigned tariff fails validation.</summary>
    InvalidTariff,

    /// <summary>No version of the assigned tariff is in force on some day of the period.</summary>
    TariffNotInForce,

    /// <summary>The assigned tariff bills another meter kind.</summary>
    MeterKindMismatch,

    /// <summary>No tariff is assigned to the service point's meter kind at the period's start.</summary>
    NoTariffAssigned,

    /// <summary>
    /// Another tariff is assigned from a day inside the period in another currency (or for another meter kind): a
    /// switch between tariffs of one currency is prorated on one bill, a bill has one currency.
    /// </summary>
    TariffChangesInPeriod,

    /// <summary>The assigned tariff was deleted.</summary>
    UnknownTariff,

    /// <summary>No meter of the kind was installed at the service point during the period.</summary>
    NoMeterInstalled,

    /// <summary>The recomputed bill is in another currency than the issued one.</summary>
    CurrencyChanged,
}
