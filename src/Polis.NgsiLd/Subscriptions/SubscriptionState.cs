namespace Polis.NgsiLd.Subscriptions;

/// <summary>
/// A live subscription on this node: its definition compiled for matching, its throttle and its delivery
/// status. Replaced as a whole when the subscription is updated, so a pending send of the old version sees
/// that it is stale and stops; the delivery status is shared by all versions, so a send of the old version
/// already on its way when the update comes is still counted.
/// </summary>
public sealed class SubscriptionState
{
    private readonly Lock _lock = new();
    private readonly NotificationThrottle _throttle;
    private readonly DeliveryStatus _delivery;

    public SubscriptionState(Subscription subscription, NotificationStatus status)
        : this(subscription, new DeliveryStatus(status))
    {
    }

    private SubscriptionState(Subscription subscription, DeliveryStatus delivery)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        Subscription = subscription;
        Filter = new SubscriptionFilter(subscription);
        _throttle = new NotificationThrottle(TimeSpan.FromSeconds(subscription.Throttling ?? 0));
        _delivery = delivery;
    }

    public Subscription Subscription { get; }

    public SubscriptionFilter Filter { get; }

    public NotificationStatus Status
    {
        get
        {
            lock (_delivery.Lock)
            {
                return _delivery.Status;
            }
        }
    }

    public string Id => Subscription.Id;

    /// <summary>Entities waiting for the throttling window to end (or for the send in flight).</summary>
    public int PendingCount
    {
        get
        {
            lock (_lock)
            {
                return _throttle.PendingCount;
            }
        }
    }

    /// <summary>The next version of this subscription: the new definition with a fresh throttle and the same delivery status.</summary>
    public SubscriptionState WithDefinition(Subscription subscription) => new(subscription, _delivery);

    public ThrottleDecision Offer(string entityId, DateTimeOffset now)
    {
        lock (_lock)
        {
            return _throttle.Offer(entityId, now);
        }
    }

    public IReadOnlyList<string> Take(DateTimeOffset now)
    {
        lock (_lock)
        {
            return _throttle.Take(now);
        }
    }

    public ThrottleDecision Completed(DateTimeOffset now)
    {
        lock (_lock)
        {
            return _throttle.Completed(now);
        }
    }

    /// <summary>Counts a notification (failed when <paramref name="error"/> is set) and returns the new status.</summary>
    public NotificationStatus RecordSent(DateTimeOffset at, string? error)
    {
        lock (_delivery.Lock)
        {
            return _delivery.Status = _delivery.Status.Sent(at, error);
        }
    }

    /// <summary>The figures every version of one subscription counts into.</summary>
    private sealed class DeliveryStatus(NotificationStatus status)
    {
        public Lock Lock { get; } = new();

        public NotificationStatus Status { get; set; } = status;
    }
}
