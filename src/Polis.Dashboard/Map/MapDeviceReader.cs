using Orleans;
using Polis.Contracts.Devices;
using Polis.Platform.Alarms;
using Polis.Platform.Devices;

namespace Polis.Dashboard.Map;

/// <summary>Reads one clicked device on demand, in process: nothing of a device's twin is sent before it is asked for.</summary>
public sealed class MapDeviceReader(IDeviceRegistryStore devices, IAlarmStore alarms, IGrainFactory grains)
{
    public const int ShownAlarms = 10;

    private static readonly AlarmStatus[] OpenStatuses = [AlarmStatus.ActiveUnacknowledged, AlarmStatus.ActiveAcknowledged];

    public async Task<MapDeviceDetail?> ReadAsync(string deviceId, CancellationToken cancellationToken)
    {
        if (await devices.GetDeviceAsync(deviceId, cancellationToken) is not { } device)
        {
            return null;
        }

        var twin = await grains.GetGrain<IDeviceGrain>(deviceId).GetTwinAsync();
        var open = await alarms.QueryAsync(new AlarmQuery(Statuses: OpenStatuses, DeviceId: deviceId, Limit: ShownAlarms), cancellationToken);
        return new MapDeviceDetail(device, twin, open.Items, open.Total);
    }
}
