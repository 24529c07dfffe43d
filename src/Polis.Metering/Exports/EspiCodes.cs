using Polis.Metering.Meters;
using Polis.Metering.Readings;
using Polis.Metering.Validation;

namespace Polis.Metering.Exports;

/// <summary>
/// The NAESB REQ.21 ESPI code lists (espi.xsd, version 4.0 of 2023-12-13) a Green Button export of Polis's meters
/// needs: service kinds, commodities, measurement kinds, units and reading qualities.
/// </summary>
public static class EspiCodes
{
    /// <summary>AccumulationKind 4, deltaData: each value is the consumption of its interval.</summary>
    public const int DeltaData = 4;

    /// <summary>DataQualifierKind 12, normal.</summary>
    public const int Normal = 12;

    /// <summary>FlowDirectionKind 1, forward: delivered to the customer.</summary>
    public const int Forward = 1;

    /// <summary>QualityOfReading codes used: valid, manually edited, estimated (reference day, linear), questionable, derived.</summary>
    public const int Valid = 0, ManuallyEdited = 7, EstimatedReferenceDay = 8, EstimatedLinear = 9, Questionable = 10, Derived = 11;

    /// <summary>ServiceKind: 0 electricity, 1 gas, 2 water, 4 heat.</summary>
    public static int ServiceKindOf(MeterKind kind) => kind switch
    {
        MeterKind.Electricity => 0,
        MeterKind.Gas => 1,
        MeterKind.Water => 2,
        MeterKind.Heat => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown meter kind"),
    };

    /// <summary>CommodityKind: 1 electricity (secondary metered), 7 natural gas, 9 potable water, 12 heating fluid.</summary>
    public static int CommodityOf(MeterKind kind) => kind switch
    {
        MeterKind.Electricity => 1,
        MeterKind.Gas => 7,
        MeterKind.Water => 9,
        MeterKind.Heat => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown meter kind"),
    };

    /// <summary>MeasurementKind: 12 energy (electricity, heat), 58 volume (water, gas).</summary>
    public static int MeasurementKindOf(MeterKind kind) => IsEnergy(kind) ? 12 : 58;

    /// <summary>UnitSymbolKind: 72 Wh for energy, 42 m³ for volume.</summary>
    public static int UomOf(MeterKind kind) => IsEnergy(kind) ? 72 : 42;

    /// <summary>
    /// UnitMultiplierKind of the integer values: 0 for Wh, −3 for m³ (values in litres). Either way a value is the
    /// kind's unit (kWh or m³) × <see cref="ScaleOf"/>, so a watt-hour or a litre is the smallest step exported.
    /// </summary>
    public static int PowerOfTenOf(MeterKind kind) => IsEnergy(kind) ? 0 : -3;

    /// <summary>What a quantity in the kind's unit (kWh, m³) is multiplied by to give the exported integer value.</summary>
    public const double ScaleOf = 1000;

    /// <summary>
    /// The QualityOfReading of a stored value: Valid 0, Edited 7, Questionable 10; an estimate 8 (like-day profile, a
    /// reference day) or 9 (linear interpolation) by the estimation rule VEE recorded on it, 11 (derived) without one.
    /// </summary>
    public static int QualityOf(StoredInterval stored) => stored.Value.Quality switch
    {
        ReadingQuality.Valid => Valid,
        ReadingQuality.Edited => ManuallyEdited,
        ReadingQuality.Questionable => Questionable,
        ReadingQuality.Estimated => EstimateOf(stored.Rule),
        _ => throw new ArgumentOutOfRangeException(nameof(stored), stored.Value.Quality, "unknown quality"),
    };

    private static int EstimateOf(string? rule)
    {
        var rules = rule is null ? VeeRules.None : VeeRuleIds.Parse(rule);
        return (rules & VeeRules.EstimatedLikeDay) != 0 ? EstimatedReferenceDay
            : (rules & VeeRules.EstimatedLinear) != 0 ? EstimatedLinear
            : Derived;
    }

    private static bool IsEnergy(MeterKind kind) => kind is MeterKind.Electricity or MeterKind.Heat;
}
