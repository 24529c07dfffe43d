namespace Polis.Metering.Meters;

/// <summary>Which meter a registry device reports as: what ingest needs to file a device's readings.</summary>
public sealed record DeviceMeter(string DeviceId, string MeterId, MeterKind Kind)
{
    /// <summary>Whether the device reports the register or interval values (which telemetry key is the meter's).</summary>
    public MeterReadingType ReadingType { get; init; }

    /// <summary>The telemetry key whose values become this meter's reads.</summary>
    public string ReadingKey => MeterKinds.ReadingKeyOf(Kind, ReadingType);
}
