using Polis.Transit.Realtime.Alerts;

namespace Polis.Transit.Realtime.Cancellations;

/// <summary>Where cancellations are kept, each with its automatic alert (embedded: SQLite, migration 0014).</summary>
public interface ITripCancellationStore
{
    Task<IReadOnlyList<TripCancellation>> ListAsync(CancellationToken cancellationToken = default);

    Task<TripCancellation?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the cancellation and its alert in one transaction; false (nothing stored) when the same run is
    /// already cancelled.
    /// </summary>
    Task<bool> AddAsync(TripCancellation cancellation, ServiceAlert alert, CancellationToken cancellationToken = default);

    /// <summary>Removes the cancellation and its alert in one transaction (the run is reinstated); false when unknown.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);
}
