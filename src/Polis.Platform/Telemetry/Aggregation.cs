namespace Polis.Platform.Telemetry;

/// <summary>How a bucket is reduced to one value in a history query.</summary>
public enum Aggregation
{
    Avg,
    Min,
    Max,
    Sum,
    Count,
    Last,
}
