namespace Polis.Platform.Notifications;

public enum DeliveryStatus
{
    Pending = 0,
    Delivered = 1,
    Failed = 2,
}
