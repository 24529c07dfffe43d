namespace Polis.Platform.Ingest;

/// <summary>
/// The outcome of one device message. Accepted means durable: the caller may acknowledge the device.
/// A rejected message is refused whole; nothing of it is stored.
/// </summary>
public readonly record struct IngestResult(bool Accepted, int Points, RejectionReason? Reason, string? Detail)
{
    public static IngestResult Ok(int points) => new(true, points, null, null);

    public static IngestResult Reject(RejectionReason reason, string detail) => new(false, 0, reason, detail);
}
