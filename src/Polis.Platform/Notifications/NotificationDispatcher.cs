using System.Text.Json;
using Polis.Platform.Alarms;
using Polis.Platform.Hosting;

namespace Polis.Platform.Notifications;

/// <summary>
/// Turns alarm changes into outbox rows for every matching target. Writing the outbox (not calling the
/// webhook) is all that happens on the alarm path, so a slow receiver never slows alarms down and a
/// restart never loses a notification.
/// </summary>
public sealed class NotificationDispatcher(INotificationStore store, TimeProvider timeProvider, WebhookSignal signal) : IAlarmObserver
{
    public async Task OnAlarmChangedAsync(Alarm alarm, AlarmChange change, CancellationToken cancellationToken)
    {
        var targets = await store.ListTargetsAsync(cancellationToken);
        var now = timeProvider.GetUtcNow();
        var changeName = JsonNamingPolicy.KebabCaseLower.ConvertName(change.ToString());
        var deliveries = targets.Where(t => t.Matches(alarm, change)).Select(t =>
        {
            var id = Guid.NewGuid();
            var payload = JsonSerializer.Serialize(new AlarmNotification(id, changeName, now, AlarmResponse.From(alarm)), ApiJson.Options);
            return new Delivery(id, t.Id, alarm.Id, changeName, payload, DeliveryStatus.Pending, 0, now, now, null, null, null);
        }).ToList();
        if (deliveries.Count > 0)
        {
            await store.EnqueueAsync(deliveries, cancellationToken);
            signal.Wake();
        }
    }
}
