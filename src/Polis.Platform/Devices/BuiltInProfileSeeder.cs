using Microsoft.Extensions.Hosting;

namespace Polis.Platform.Devices;

/// <summary>
/// Adds missing built-in profiles at start-up; profiles an operator has tuned are left as they are, except that
/// a built-in profile stored before profiles had commands gets the built-in command list (it never had one to tune).
/// </summary>
public sealed class BuiltInProfileSeeder(IDeviceRegistryStore store, DeviceProfileCache cache) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var existing = (await store.ListProfilesAsync(cancellationToken)).ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var profile in BuiltInProfiles.All)
        {
            if (!existing.TryGetValue(profile.Id, out var stored))
            {
                await store.UpsertProfileAsync(profile, cancellationToken);
            }
            else if (stored.BuiltIn && stored.Commands is null && profile.Commands is not null)
            {
                await store.UpsertProfileAsync(stored with { Commands = profile.Commands }, cancellationToken);
            }
        }

        cache.Invalidate();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
