namespace Polis.Platform.Telemetry;

/// <summary>
/// count, sum, min, max and last of the numeric values in one bucket starting at <see cref="Start"/>.
/// <see cref="Last"/> is the value with the latest timestamp (<see cref="LastTs"/>).
/// </summary>
public readonly record struct AggregateBucket(long Start, long Count, double Sum, double Min, double Max, double Last, long LastTs);
