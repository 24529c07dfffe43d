using Polis.Platform.Devices;

namespace Polis.Metering.Meters;

/// <summary>Persistence of service points.</summary>
public interface IServicePointStore
{
    /// <summary>Service points ordered by id.</summary>
    Task<Page<ServicePoint>> ListAsync(ServicePointQuery query, CancellationToken cancellationToken = default);

    Task<ServicePoint?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>False (and nothing stored) when the id exists.</summary>
    Task<bool> CreateAsync(ServicePoint servicePoint, CancellationToken cancellationToken = default);

    /// <summary>False when the service point does not exist.</summary>
    Task<bool> UpdateAsync(ServicePoint servicePoint, CancellationToken cancellationToken = default);

    /// <summary><see cref="RegistryDeletion.InUse"/> while installations name it.</summary>
    Task<RegistryDeletion> DeleteAsync(string id, CancellationToken cancellationToken = default);
}
