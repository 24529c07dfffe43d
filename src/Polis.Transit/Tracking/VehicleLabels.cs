using System.Collections.Concurrent;
using Polis.Platform.Devices;

namespace Polis.Transit.Tracking;

/// <summary>
/// The registry name of each tracked vehicle: the label riders see in GTFS-Realtime and operators on the map.
/// The tracker runs synchronously per report, so a name it does not have yet is fetched in the background and
/// used from the next report on; a renamed or deleted device is forgotten (<see cref="IDeviceChangeObserver"/>).
/// </summary>
public sealed class VehicleLabels(IDeviceRegistryStore devices) : IDeviceChangeObserver
{
    private readonly ConcurrentDictionary<string, string?> _names = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task> _fetching = new(StringComparer.Ordinal);

    /// <summary>The device's name, or null while it is being fetched (or when it has none).</summary>
    public string? Find(string vehicleId)
    {
        if (_names.TryGetValue(vehicleId, out var name))
        {
            return name;
        }

        _fetching.GetOrAdd(vehicleId, id => Task.Run(() => FetchAsync(id)));
        return null;
    }

    public void OnDeviceChanged(string deviceId, bool deleted) => _names.TryRemove(deviceId, out _);

    private async Task FetchAsync(string vehicleId)
    {
        try
        {
            var device = await devices.GetDeviceAsync(vehicleId).ConfigureAwait(false);
            _names[vehicleId] = string.IsNullOrWhiteSpace(device?.Name) ? null : device.Name;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // No name this time: the next report asks again (a label is a nicety, never a reason to fail tracking).
        }
        finally
        {
            _fetching.TryRemove(vehicleId, out _);
        }
    }
}
