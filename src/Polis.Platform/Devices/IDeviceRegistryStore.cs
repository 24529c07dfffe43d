namespace Polis.Platform.Devices;

/// <summary>Persistence of profiles, devices and their hashed access tokens.</summary>
public interface IDeviceRegistryStore
{
    Task<IReadOnlyList<DeviceProfile>> ListProfilesAsync(CancellationToken cancellationToken = default);

    Task<DeviceProfile?> GetProfileAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces a profile.</summary>
    Task UpsertProfileAsync(DeviceProfile profile, CancellationToken cancellationToken = default);

    /// <summary>Deletes a profile; false when devices still use it or it does not exist.</summary>
    Task<bool> DeleteProfileAsync(string id, CancellationToken cancellationToken = default);

    Task<int> CountDevicesOfProfileAsync(string profileId, CancellationToken cancellationToken = default);

    /// <summary>Inserts devices with their token hashes in one transaction; false (and nothing inserted) when an id or token already exists.</summary>
    Task<bool> CreateDevicesAsync(IReadOnlyList<(Device Device, string TokenHash)> devices, CancellationToken cancellationToken = default);

    Task<Device?> GetDeviceAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Replaces a device's registry fields; false when it does not exist.</summary>
    Task<bool> UpdateDeviceAsync(Device device, CancellationToken cancellationToken = default);

    Task<bool> DeleteDeviceAsync(string id, CancellationToken cancellationToken = default);

    Task<Page<Device>> QueryDevicesAsync(DeviceQuery query, long now, CancellationToken cancellationToken = default);

    /// <summary>Ids of devices matching a query, without paging (for aggregates and latest values).</summary>
    Task<IReadOnlyList<string>> QueryDeviceIdsAsync(DeviceQuery query, long now, CancellationToken cancellationToken = default);

    /// <summary>(device id, profile id) for a token hash, or null.</summary>
    Task<(string DeviceId, string ProfileId)?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken = default);

    Task<bool> SetTokenHashAsync(string deviceId, string tokenHash, CancellationToken cancellationToken = default);
}
