using Polis.Platform.Alarms;

namespace Polis.Platform.Notifications;

/// <summary>The JSON body a webhook receives.</summary>
public sealed record AlarmNotification(Guid DeliveryId, string Change, DateTimeOffset At, AlarmResponse Alarm);
