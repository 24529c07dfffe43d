using Polis.Metering.Meters;

namespace Polis.Metering.Api;

/// <summary>A meter as the API shows it, with its unit, register key and register capacity spelt out.</summary>
public sealed record MeterResponse(
    string Id, MeterKind Kind, string Unit, string Serial, string? DeviceId, string RegisterKey, int? RegisterDigits, double? Capacity, double Multiplier,
    int IntervalMinutes, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static MeterResponse From(Meter m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new(m.Id, m.Kind, MeterKinds.UnitOf(m.Kind), m.Serial, m.DeviceId, MeterKinds.RegisterKeyOf(m.Kind), m.RegisterDigits, m.Capacity, m.Multiplier,
            m.IntervalMinutes, m.CreatedAt, m.UpdatedAt)
        { ReadingType = m.ReadingType, ReadingKey = MeterKinds.ReadingKeyOf(m.Kind, m.ReadingType) };
    }

    /// <summary>Whether the device reports a cumulative register or consumption per interval.</summary>
    public MeterReadingType ReadingType { get; init; }

    /// <summary>The telemetry key the meter's reads come from (the register key, or e.g. <c>energyInterval</c>).</summary>
    public string ReadingKey { get; init; } = string.Empty;
}
