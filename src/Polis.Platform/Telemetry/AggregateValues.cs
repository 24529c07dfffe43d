namespace Polis.Platform.Telemetry;

/// <summary>Reduces a bucket to the value an aggregation asks for.</summary>
public static class AggregateValues
{
    public static double Of(AggregateBucket bucket, Aggregation aggregation) => aggregation switch
    {
        Aggregation.Avg => bucket.Count == 0 ? double.NaN : bucket.Sum / bucket.Count,
        Aggregation.Min => bucket.Min,
        Aggregation.Max => bucket.Max,
        Aggregation.Sum => bucket.Sum,
        Aggregation.Count => bucket.Count,
        _ => bucket.Last,
    };
}
