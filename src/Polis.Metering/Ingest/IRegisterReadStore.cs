namespace Polis.Metering.Ingest;

/// <summary>
/// The raw register reads of meters, as received, keyed (meter, instant). Appends are idempotent: the first value at
/// an instant is kept; the same value again is a counted duplicate (not a <see cref="ReadSource.Backfill"/> copy of a
/// stored read, nor the device's delivery of a back-filled one: that is one reading seen twice by metering); a different value is kept as a conflicting read and
/// flags the stored one.
/// </summary>
public interface IRegisterReadStore
{
    /// <summary>Stores reads of any meters in one transaction; one outcome per read, in order.</summary>
    Task<IReadOnlyList<ReadOutcome>> AppendAsync(IReadOnlyList<RegisterReadWrite> reads, CancellationToken cancellationToken = default);

    /// <summary>A meter's reads at instants in [<paramref name="from"/>, <paramref name="to"/>), oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<StoredRegisterRead>> ListAsync(string meterId, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken = default);

    /// <summary>The instant of a meter's latest read, or null when it has none (or no such meter).</summary>
    Task<DateTimeOffset?> GetLatestAtAsync(string meterId, CancellationToken cancellationToken = default);
}
