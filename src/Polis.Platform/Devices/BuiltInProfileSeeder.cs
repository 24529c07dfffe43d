using Microsoft.Extensions.Hosting;

namespace Polis.Platform.Devices;

/// <summary>Adds missing built-in profiles at start-up; profiles an operator has tuned are left as they are.</summary>
public sealed class BuiltInProfileSeeder(IDeviceRegistryStore store, DeviceProfileCache cache) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var existing = (await store.ListProfilesAsync(cancellationToken)).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var profile in BuiltInProfiles.All.Where(p => !existing.Contains(p.Id)))
        {
            await store.UpsertProfileAsync(profile, cancellationToken);
        }

        cache.Invalidate();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
