namespace Polis.Transit.Gtfs.Reading;

/// <summary>
/// The uncompressed bytes all entries of one zip may still yield. Entry sizes in a zip are claims the archive
/// makes about itself, so the bytes are counted as they are actually inflated.
/// </summary>
internal sealed class ZipBudget(long limit)
{
    private long _used;

    public long Limit => limit;

    public bool Exceeded { get; private set; }

    /// <summary>Counts <paramref name="bytes"/> just inflated; false (and <see cref="Exceeded"/>) once over the limit.</summary>
    public bool Spend(int bytes)
    {
        _used += bytes;
        Exceeded |= _used > limit;
        return !Exceeded;
    }
}
