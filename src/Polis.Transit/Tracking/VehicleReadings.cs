using Polis.Contracts.Telemetry;

namespace Polis.Transit.Tracking;

/// <summary>One ingest call's readings of a bus device, queued for the tracker.</summary>
public sealed record VehicleReadings(string DeviceId, IReadOnlyList<TelemetryPoint> Points);
