using Polis.Contracts.Telemetry;

namespace Polis.Platform.Ingest;

/// <summary>Points parsed from a payload, or why the payload was refused.</summary>
public readonly record struct ParseOutcome(IReadOnlyList<TelemetryPoint>? Points, RejectionReason? Error, string? Detail)
{
    public bool Succeeded => Points is not null;

    public static ParseOutcome Ok(IReadOnlyList<TelemetryPoint> points) => new(points, null, null);

    public static ParseOutcome Fail(RejectionReason reason, string detail) => new(null, reason, detail);
}
