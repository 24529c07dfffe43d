using System.Collections.Concurrent;
using Polis.Platform.Devices;

namespace Polis.Platform.Ingest;

/// <summary>
/// Looks tokens up by their hash and caches hits, so a reconnecting fleet does not hammer the registry.
/// The registry calls <see cref="Forget"/> when a token is rotated or a device deleted, which is why
/// the cache is keyed by hash but also indexed by device.
/// </summary>
public sealed class DeviceAuthenticator(IDeviceRegistryStore store, TimeProvider timeProvider) : IDeviceAuthenticator
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, (AuthenticatedDevice Device, long CachedAt)> _byHash = new(StringComparer.Ordinal);

    public async ValueTask<AuthenticatedDevice?> AuthenticateAsync(string? accessToken, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(accessToken) || accessToken.Length > 128)
        {
            return null;
        }

        var hash = AccessTokens.Hash(accessToken);
        if (_byHash.TryGetValue(hash, out var cached) && timeProvider.GetElapsedTime(cached.CachedAt) < Lifetime)
        {
            return cached.Device;
        }

        var found = await store.FindByTokenHashAsync(hash, cancellationToken);
        if (found is not { } match)
        {
            _byHash.TryRemove(hash, out _);
            return null;
        }

        var device = new AuthenticatedDevice(match.DeviceId, match.ProfileId);
        _byHash[hash] = (device, timeProvider.GetTimestamp());
        return device;
    }

    /// <summary>Drops every cached token of a device (rotation, deletion, profile change).</summary>
    public void Forget(string deviceId)
    {
        foreach (var entry in _byHash)
        {
            if (entry.Value.Device.DeviceId == deviceId)
            {
                _byHash.TryRemove(entry.Key, out _);
            }
        }
    }
}
