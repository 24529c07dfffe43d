using Polis.Contracts.Devices;
using Polis.Platform.Alarms;
using Polis.Platform.Commands;
using Polis.Platform.Devices;

namespace Polis.Dashboard.Devices;

/// <summary>
/// Reads the device page in process through the services the API uses: the registry store, the twin grain, the
/// attribute service of <c>GET /api/v1/devices/{id}/attributes</c>, the alarm store and the command store.
/// </summary>
public sealed class DevicePageReader(
    IDeviceRegistryStore store,
    DeviceProfileCache profiles,
    IGrainFactory grains,
    DeviceAttributeService attributes,
    IAlarmStore alarms,
    ICommandStore commands,
    TimeProvider time)
{
    public const int MaxOpenAlarms = 20;
    public const int RecentCommands = 10;

    private static readonly AlarmStatus[] Open = [AlarmStatus.ActiveUnacknowledged, AlarmStatus.ActiveAcknowledged];

    /// <summary>The page's data, or null when the device does not exist (any more).</summary>
    public async Task<DeviceView?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        if (await store.GetDeviceAsync(id, cancellationToken) is not { } device
            || await attributes.GetAsync(id, cancellationToken) is not { } deviceAttributes)
        {
            return null;
        }

        var twin = await grains.GetGrain<IDeviceGrain>(id).GetTwinAsync();
        var openAlarms = await alarms.QueryAsync(new AlarmQuery(Statuses: Open, DeviceId: id, Limit: MaxOpenAlarms), cancellationToken);
        return new DeviceView(device, await profiles.GetAsync(device.ProfileId, cancellationToken), twin, deviceAttributes, openAlarms.Items, time.GetUtcNow());
    }

    /// <summary>The device's latest persistent commands, newest first, as <c>GET /api/v1/devices/{id}/rpc</c> lists them.</summary>
    public async Task<IReadOnlyList<PersistentCommand>> RecentCommandsAsync(string id, CancellationToken cancellationToken) =>
        (await commands.QueryAsync(id, null, 0, RecentCommands, cancellationToken)).Items;
}
