namespace Polis.Transit.Realtime.Alerts;

/// <summary>Where service alerts are kept (embedded: SQLite, migration 0014).</summary>
public interface IServiceAlertStore
{
    Task<IReadOnlyList<ServiceAlert>> ListAsync(CancellationToken cancellationToken = default);

    Task<ServiceAlert?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Adds the alert; false when its id is taken.</summary>
    Task<bool> AddAsync(ServiceAlert alert, CancellationToken cancellationToken = default);

    /// <summary>Replaces the alert with its id; false when there is none.</summary>
    Task<bool> ReplaceAsync(ServiceAlert alert, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);
}
