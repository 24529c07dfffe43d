namespace Polis.Metering.Meters;

/// <summary>Which meter a registry device reports as: what ingest needs to file a device's readings.</summary>
public sealed record DeviceMeter(string DeviceId, string MeterId, MeterKind Kind);
