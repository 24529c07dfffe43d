using Polis.Platform.Devices;

namespace Polis.Platform.Notifications;

/// <summary>Webhook targets and the delivery outbox.</summary>
public interface INotificationStore
{
    Task<IReadOnlyList<NotificationTarget>> ListTargetsAsync(CancellationToken cancellationToken = default);

    Task<NotificationTarget?> GetTargetAsync(Guid id, CancellationToken cancellationToken = default);

    Task UpsertTargetAsync(NotificationTarget target, CancellationToken cancellationToken = default);

    Task<bool> DeleteTargetAsync(Guid id, CancellationToken cancellationToken = default);

    Task EnqueueAsync(IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken = default);

    /// <summary>Pending deliveries due at <paramref name="now"/>, oldest first.</summary>
    Task<IReadOnlyList<Delivery>> FindDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default);

    /// <summary>Stores the outcome of one attempt with the delivery's new state.</summary>
    Task RecordAttemptAsync(Delivery updated, DeliveryAttempt attempt, CancellationToken cancellationToken = default);

    Task<Page<Delivery>> QueryDeliveriesAsync(Guid? targetId, Guid? alarmId, DeliveryStatus? status, int offset, int limit, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<DeliveryAttempt>> GetAttemptsAsync(Guid deliveryId, CancellationToken cancellationToken = default);
}
