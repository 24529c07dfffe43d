using Polis.Metering.Readings;
using Polis.Metering.Validation;

namespace Polis.Metering.Processing;

/// <summary>Persistence of analyst edits, kept for ever beside the series they changed.</summary>
public interface IIntervalEditStore
{
    /// <summary>A meter's edits overlapping [<paramref name="from"/>, <paramref name="to"/>), in the order they were made.</summary>
    Task<IReadOnlyList<StoredEdit>> ListAsync(string meterId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the edit with the values and audit entries it produced, in one transaction (so an edit is never in the
    /// series without being re-applied later, nor stored without its effect); returns its id.
    /// </summary>
    /// <exception cref="KeyNotFoundException">There is no such meter (nothing is saved).</exception>
    Task<StoredEdit> SaveAsync(string meterId, AnalystEdit edit, DateTimeOffset at, IntervalWrite write, CancellationToken cancellationToken = default);
}
