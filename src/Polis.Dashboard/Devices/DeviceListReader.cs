using Polis.Contracts.Devices;
using Polis.Platform.Devices;

namespace Polis.Dashboard.Devices;

/// <summary>
/// Reads the device list one page at a time from the registry store (200,000 devices are never loaded at once);
/// online and last seen come from each listed device's twin, the same source as <c>GET /api/v1/devices/{id}</c>.
/// </summary>
public sealed class DeviceListReader(IDeviceRegistryStore store, IGrainFactory grains, TimeProvider time)
{
    public const int PageSize = 25;

    public async Task<DeviceListPage> ListAsync(DeviceListFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var page = await store.QueryDevicesAsync(filter.ToQuery(PageSize), time.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken);
        var rows = await Task.WhenAll(page.Items.Select(RowAsync));

        DeviceListRow? exact = null;
        if (!string.IsNullOrWhiteSpace(filter.Search) && filter.PageIndex == 0
            && !rows.Any(r => r.Device.Id == filter.Search.Trim())
            && await store.GetDeviceAsync(filter.Search.Trim(), cancellationToken) is { } byId)
        {
            exact = await RowAsync(byId);
        }

        return new DeviceListPage(rows, page.Total, exact);
    }

    public Task<IReadOnlyList<DeviceProfile>> ProfilesAsync(CancellationToken cancellationToken) => store.ListProfilesAsync(cancellationToken);

    private async Task<DeviceListRow> RowAsync(Device device)
    {
        var connectivity = (await grains.GetGrain<IDeviceGrain>(device.Id).GetTwinAsync()).Connectivity;
        return new DeviceListRow(device, connectivity.Online, connectivity.LastActivityAt);
    }
}
