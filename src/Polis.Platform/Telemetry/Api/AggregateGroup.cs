namespace Polis.Platform.Telemetry.Api;

/// <summary>The buckets of one group of devices (one district, or all matching devices).</summary>
public sealed record AggregateGroup(string? District, int Devices, IReadOnlyList<SeriesPoint> Buckets);
