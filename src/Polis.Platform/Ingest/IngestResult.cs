namespace Polis.Platform.Ingest;

/// <summary>
/// The outcome of one device message. Accepted means durable: the caller may acknowledge the device.
/// A rejected message is refused whole; nothing of it is stored. <see cref="RetryAfter"/> is set when
/// the device was rate-limited.
/// </summary>
public readonly record struct IngestResult(bool Accepted, int Points, RejectionReason? Reason, string? Detail, TimeSpan? RetryAfter = null)
{
    public static IngestResult Ok(int points) => new(true, points, null, null);

    public static IngestResult Reject(RejectionReason reason, string detail) => new(false, 0, reason, detail);

    public static IngestResult Reject(Rejection rejection) => new(false, 0, rejection.Reason, rejection.Detail);

    public static IngestResult Throttled(TimeSpan retryAfter) =>
        new(false, 0, RejectionReason.RateLimited, $"Message rate exceeded; retry after {Math.Ceiling(retryAfter.TotalSeconds)} s.", retryAfter);
}
