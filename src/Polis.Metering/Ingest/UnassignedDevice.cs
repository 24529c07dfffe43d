namespace Polis.Metering.Ingest;

/// <summary>
/// A meter-profile device whose register readings arrive while no meter reports as it: how many, over which instants,
/// the latest value, when the latest arrived. The readings themselves stay in the platform's telemetry store and are
/// back-filled once a meter is registered for the device.
/// </summary>
public sealed record UnassignedDevice(string DeviceId, string ProfileId, long Readings, DateTimeOffset FirstReadingAt, DateTimeOffset LastReadingAt, double LastValue, DateTimeOffset LastReceivedAt);
