using Polis.Metering.Meters;
using Polis.Platform.Devices;

namespace Polis.Metering.Tariffs;

/// <summary>
/// Persistence of tariffs, their history and their assignments to service points. Writes keep the history: every
/// created, updated or deleted document is appended with its actor and instant.
/// </summary>
public interface ITariffStore
{
    /// <summary>Tariffs ordered by id, of one meter kind when given.</summary>
    Task<IReadOnlyList<StoredTariff>> ListAsync(MeterKind? kind, CancellationToken cancellationToken = default);

    Task<StoredTariff?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>False (and nothing stored) when the id exists.</summary>
    Task<bool> CreateAsync(StoredTariff tariff, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces a tariff unless <see cref="TariffChangeRules.Conflict"/> finds that it changes a version issued bills
    /// used (checked against the billed versions inside the write transaction): NotFound, Conflict or Ok.
    /// </summary>
    Task<OperationResult<StoredTariff>> UpdateAsync(StoredTariff tariff, CancellationToken cancellationToken = default);

    /// <summary><see cref="RegistryDeletion.InUse"/> while a service point is assigned it or a bill names it.</summary>
    Task<RegistryDeletion> DeleteAsync(string id, string actor, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Every document the tariff had, oldest first (kept after a delete).</summary>
    Task<IReadOnlyList<TariffHistoryEntry>> ListHistoryAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The versions of the tariff that issued bills used, with the date each billed up to.</summary>
    Task<IReadOnlyList<BilledVersion>> ListBilledVersionsAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds an assignment; an assignment of the same service point, kind and date to the same tariff is kept as it
    /// is (true); to another tariff it is refused (false): history is added to, never rewritten.
    /// </summary>
    Task<bool> AssignAsync(TariffAssignment assignment, CancellationToken cancellationToken = default);

    /// <summary>A service point's assignments, by kind then date.</summary>
    Task<IReadOnlyList<TariffAssignment>> ListAssignmentsAsync(string servicePointId, CancellationToken cancellationToken = default);
}
