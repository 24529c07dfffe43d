using Polis.Contracts.Telemetry;

namespace Polis.Platform.Telemetry;

/// <summary>The latest stored point of one key of one device.</summary>
public sealed record DeviceLatest(string DeviceId, TelemetryPoint Point);
