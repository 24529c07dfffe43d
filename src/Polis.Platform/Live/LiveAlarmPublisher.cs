using Microsoft.AspNetCore.SignalR;
using Polis.Platform.Alarms;
using Polis.Platform.Devices;

namespace Polis.Platform.Live;

/// <summary>
/// Sends alarm changes to the live clients whose filter matches the alarm's device. The device's
/// location is read only when some client filters by area.
/// </summary>
public sealed class LiveAlarmPublisher(LiveSubscriptions subscriptions, IHubContext<LiveHub> hub, IDeviceRegistryStore registry) : IAlarmObserver
{
    public async Task OnAlarmChangedAsync(Alarm alarm, AlarmChange change, CancellationToken cancellationToken)
    {
        if (subscriptions.IsEmpty)
        {
            return;
        }

        var subscribers = subscriptions.All.ToList();
        GeoPoint? location = null;
        if (subscribers.Any(s => s.Filter.Bbox is not null))
        {
            location = (await registry.GetDeviceAsync(alarm.DeviceId, cancellationToken))?.Location;
        }

        var message = new LiveAlarmMessage(change, AlarmResponse.From(alarm));
        var targets = subscribers.Where(s => s.Filter.Matches(alarm.DeviceId, alarm.ProfileId, alarm.District, location)).Select(s => s.ConnectionId).ToList();
        if (targets.Count > 0)
        {
            await hub.Clients.Clients(targets).SendAsync("alarm", message, cancellationToken);
        }
    }
}
