using Polis.Platform.Devices;

namespace Polis.Metering.Meters;

/// <summary>Persistence of meters.</summary>
public interface IMeterStore
{
    /// <summary>Meters ordered by id; <see cref="MeterQuery.Search"/> matches id or serial.</summary>
    Task<Page<Meter>> ListAsync(MeterQuery query, CancellationToken cancellationToken = default);

    Task<Meter?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The meter a device reports as, or null.</summary>
    Task<Meter?> FindByDeviceAsync(string deviceId, CancellationToken cancellationToken = default);

    /// <summary>Every meter that reports through a device.</summary>
    Task<IReadOnlyList<DeviceMeter>> ListDeviceMetersAsync(CancellationToken cancellationToken = default);

    /// <summary>False (and nothing stored) when the id exists or another meter reports as the same device.</summary>
    Task<bool> CreateAsync(Meter meter, CancellationToken cancellationToken = default);

    /// <summary>False when the meter does not exist or another meter reports as the same device.</summary>
    Task<bool> UpdateAsync(Meter meter, CancellationToken cancellationToken = default);

    /// <summary><see cref="RegistryDeletion.InUse"/> while it has installations, register reads or interval values.</summary>
    Task<RegistryDeletion> DeleteAsync(string id, CancellationToken cancellationToken = default);
}
