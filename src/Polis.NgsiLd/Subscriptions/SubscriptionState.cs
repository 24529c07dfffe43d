namespace Polis.NgsiLd.Subscriptions;

/// <summary>
/// A live subscription on this node: its definition compiled for matching, its throttle and its delivery
/// status. Replaced as a whole when the subscription is updated, so a pending send of the old version sees
/// that it is stale and stops.
/// </summary>
public sealed class SubscriptionState(Subscription subscription, NotificationStatus status)
{
    private readonly Lock _lock = new();
    private readonly NotificationThrottle _throttle = new(TimeSpan.FromSeconds(subscription.Throttling ?? 0));
    private NotificationStatus _status = status;

    public Subscription Subscription { get; } = subscription;

    public SubscriptionFilter Filter { get; } = new(subscription);

    public NotificationStatus Status
    {
        get
        {
            lock (_lock)
            {
                return _status;
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
        lock (_lock)
        {
            return _status = _status.Sent(at, error);
        }
    }
}
