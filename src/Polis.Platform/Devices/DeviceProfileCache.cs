using System.Collections.Frozen;

namespace Polis.Platform.Devices;

/// <summary>
/// Profiles are read on every message and change rarely, so the node keeps them all in memory and
/// reloads after any change it makes. (Another node's edit is picked up within the refresh period.)
/// </summary>
public sealed class DeviceProfileCache(IDeviceRegistryStore store, TimeProvider timeProvider) : IDisposable
{
    private static readonly TimeSpan RefreshPeriod = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _reload = new(1, 1);
    private FrozenDictionary<string, DeviceProfile>? _profiles;
    private long _loadedAt;

    public async ValueTask<DeviceProfile?> GetAsync(string profileId, CancellationToken cancellationToken = default)
    {
        var profiles = _profiles;
        if (profiles is null || timeProvider.GetElapsedTime(_loadedAt) > RefreshPeriod)
        {
            profiles = await ReloadAsync(cancellationToken);
        }

        return profiles.GetValueOrDefault(profileId);
    }

    public void Invalidate() => _profiles = null;

    public void Dispose() => _reload.Dispose();

    private async Task<FrozenDictionary<string, DeviceProfile>> ReloadAsync(CancellationToken cancellationToken)
    {
        await _reload.WaitAsync(cancellationToken);
        try
        {
            if (_profiles is { } fresh && timeProvider.GetElapsedTime(_loadedAt) <= RefreshPeriod)
            {
                return fresh;
            }

            var all = await store.ListProfilesAsync(cancellationToken);
            _profiles = all.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
            _loadedAt = timeProvider.GetTimestamp();
            return _profiles;
        }
        finally
        {
            _reload.Release();
        }
    }
}
