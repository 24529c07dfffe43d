namespace Polis.Metering.Meters;

/// <summary>
/// Persistence of installations. Saves check for clashes (<see cref="InstallationRules"/>) inside the write
/// transaction, so two concurrent requests cannot install one meter twice.
/// </summary>
public interface IInstallationStore
{
    /// <summary>Installations ordered by start, then id.</summary>
    Task<IReadOnlyList<Installation>> ListAsync(InstallationQuery query, CancellationToken cancellationToken = default);

    Task<Installation?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Inserts (<see cref="Installation.Id"/> 0) or replaces an installation unless it clashes with another one of its
    /// meter or of a meter of the same kind (<paramref name="kind"/>) at its service point.
    /// </summary>
    Task<InstallationSave> SaveAsync(Installation installation, MeterKind kind, CancellationToken cancellationToken = default);

    /// <summary>Ends the old meter's installation at the exchange instant and starts the new meter's, both or neither.</summary>
    Task<InstallationSave> ExchangeAsync(MeterExchange exchange, MeterKind kind, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default);
}
