using Polis.Citizens.Reports.Duplicates;
using Polis.Contracts.Devices;
using Polis.Platform.Devices;
using Polis.Platform.Devices.Api;

namespace Polis.Citizens.Reports.OneCity;

/// <summary>
/// The devices registered within a radius of a point, nearest first, each with its live twin: a report of a broken
/// streetlight shows the streetlight's last readings and connectivity. The registry's location index answers a box;
/// the haversine distance decides.
/// </summary>
public sealed class DevicesNearReports(IDeviceRegistryStore devices, IGrainFactory grains, TimeProvider clock)
{
    public const double DefaultRadiusMetres = 30;
    public const double MaxRadiusMetres = 1000;

    /// <summary>At most this many devices (nearest first) are shown: each twin is one grain call.</summary>
    public const int MaxDevices = 50;

    /// <summary>Devices read from the box before the distance filter; a dense square may hold more than are shown.</summary>
    private const int MaxScanned = 1000;

    public async Task<IReadOnlyList<NearbyDevice>> NearAsync(GeoPoint point, double radiusMetres, CancellationToken cancellationToken = default)
    {
        var box = GreatCircle.BoxAround(point, radiusMetres);
        var page = await devices.QueryDevicesAsync(new DeviceQuery(Within: box, Limit: MaxScanned), clock.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken);
        var near = page.Items
            .Where(d => d.Location is not null)
            .Select(d => (Device: d, Distance: GreatCircle.Metres(point, d.Location!.Value)))
            .Where(d => d.Distance <= radiusMetres)
            .OrderBy(d => d.Distance)
            .ThenBy(d => d.Device.Id, StringComparer.Ordinal)
            .Take(MaxDevices)
            .ToList();
        var twins = await Task.WhenAll(near.Select(d => grains.GetGrain<IDeviceGrain>(d.Device.Id).GetTwinAsync()));
        return [.. near.Select((d, i) => new NearbyDevice(Math.Round(d.Distance, 1), DeviceResponse.From(d.Device, TwinResponse.From(twins[i]))))];
    }
}
