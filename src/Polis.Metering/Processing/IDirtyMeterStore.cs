namespace Polis.Metering.Processing;

/// <summary>
/// The durable queue of meters to (re-)validate. Storing reads marks their meter in the same transaction (the SQLite
/// store does it with triggers), so reads are never left unvalidated by a crash; operators and edits mark ranges too.
/// </summary>
public interface IDirtyMeterStore
{
    /// <summary>Up to <paramref name="max"/> waiting meters, the longest-dirty first.</summary>
    Task<IReadOnlyList<DirtyMeter>> TakeAsync(int max, CancellationToken cancellationToken = default);

    /// <summary>Marks a meter dirty from <paramref name="from"/> (earlier marks win); false when there is no such meter.</summary>
    Task<bool> MarkAsync(string meterId, DateTimeOffset from, CancellationToken cancellationToken = default);

    /// <summary>
    /// Clears a validated meter's mark, or moves it on to <paramref name="continueFrom"/> when the meter's window was cut
    /// short; nothing when the meter was marked again meanwhile (its next pass covers the new reads).
    /// </summary>
    Task CompleteAsync(DirtyMeter meter, DateTimeOffset? continueFrom, CancellationToken cancellationToken = default);

    /// <summary>How many meters wait, the oldest dirty instant, and the first <paramref name="limit"/> waiting meters.</summary>
    Task<ValidationQueueSummary> SummarizeAsync(int limit, CancellationToken cancellationToken = default);
}
