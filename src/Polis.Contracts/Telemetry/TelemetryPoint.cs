namespace Polis.Contracts.Telemetry;

/// <summary>One reading of one key at one instant (Unix milliseconds, UTC).</summary>
[GenerateSerializer, Immutable]
public sealed record TelemetryPoint(
    [property: Id(0)] string Key,
    [property: Id(1)] long Timestamp,
    [property: Id(2)] TelemetryValue Value);
