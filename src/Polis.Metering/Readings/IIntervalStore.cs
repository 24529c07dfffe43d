namespace Polis.Metering.Readings;

/// <summary>
/// The current validated interval series of meters and its append-only audit trail. Values are keyed (meter, start):
/// saving a value at a start replaces the current one there, and every change is explained in the audit trail — by the
/// caller's entries (VEE's, an analyst's), or else by one the store adds (rule <see cref="ReplacedRule"/>). Ranges
/// select values by start: [from, to).
/// </summary>
public interface IIntervalStore
{
    /// <summary>The rule of the audit entries the store adds for values replaced without an entry of their own.</summary>
    const string ReplacedRule = "replaced";

    /// <summary>Saves the values and audit entries of any number of meters in one transaction (all or nothing).</summary>
    /// <exception cref="KeyNotFoundException">A write names a meter that does not exist (nothing is saved).</exception>
    Task<IntervalSaveResult> SaveAsync(IReadOnlyList<IntervalWrite> writes, CancellationToken cancellationToken = default);

    /// <summary>A meter's values starting in [<paramref name="from"/>, <paramref name="to"/>), in time order.</summary>
    Task<IReadOnlyList<StoredInterval>> ListAsync(string meterId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);

    /// <summary>
    /// The values of many meters over one range, meter by meter in the order given, over one connection and one prepared
    /// statement (a billing run's read). Unknown meters yield an empty list.
    /// </summary>
    IAsyncEnumerable<MeterIntervals> StreamAsync(IReadOnlyList<string> meterIds, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);

    /// <summary>A meter's audit entries for intervals starting in [<paramref name="from"/>, <paramref name="to"/>), by interval, then in the order written.</summary>
    Task<IReadOnlyList<IntervalAuditRecord>> ListAuditAsync(string meterId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);
}
