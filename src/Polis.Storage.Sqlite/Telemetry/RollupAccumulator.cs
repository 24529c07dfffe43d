namespace Polis.Storage.Sqlite.Telemetry;

/// <summary>
/// The delta one batch adds to one rollup bucket of one series. A mutable struct held in an array
/// slot per tier, so accumulating allocates nothing.
/// </summary>
internal struct RollupAccumulator
{
    public long BucketStart;
    public long Count;
    public double Sum;
    public double Min;
    public double Max;
    public double Last;
    public long LastTs;

    public void Start(long bucketStart, double value, long timestamp)
    {
        BucketStart = bucketStart;
        Count = 1;
        Sum = value;
        Min = value;
        Max = value;
        Last = value;
        LastTs = timestamp;
    }

    public void Add(double value, long timestamp)
    {
        Count++;
        Sum += value;
        Min = Math.Min(Min, value);
        Max = Math.Max(Max, value);
        if (timestamp >= LastTs)
        {
            Last = value;
            LastTs = timestamp;
        }
    }
}
