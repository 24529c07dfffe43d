namespace Polis.Storage.Sqlite.Telemetry;

/// <summary>Something queued for the single writer; completed once its transaction commits or fails.</summary>
internal abstract class WriteRequest(long enqueuedTimestamp)
{
    /// <summary>TimeProvider timestamp of enqueueing, for the store lag.</summary>
    public long EnqueuedTimestamp { get; } = enqueuedTimestamp;

    public abstract int PointCount { get; }

    public abstract void Fail(Exception error);
}
