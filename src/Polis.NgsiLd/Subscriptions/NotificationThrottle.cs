namespace Polis.NgsiLd.Subscriptions;

/// <summary>
/// When a subscription may notify. At most one notification per throttling period and never two in
/// flight at once. Changes inside the window are not dropped (the spec would allow that): their entity
/// ids are coalesced and one notification with the entities' latest state goes out when the window ends,
/// so a subscriber always ends up with the last state. Not thread-safe: the owner locks around it.
/// </summary>
public sealed class NotificationThrottle(TimeSpan period)
{
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private DateTimeOffset? _lastSent;
    private bool _busy;

    public int PendingCount => _pending.Count;

    /// <summary>Records a change of <paramref name="entityId"/> and says whether the owner must send now, later, or nothing (a send is already coming).</summary>
    public ThrottleDecision Offer(string entityId, DateTimeOffset now)
    {
        _pending.Add(entityId);
        return _busy ? ThrottleDecision.Nothing : Next(now);
    }

    /// <summary>The entity ids to notify now; the window starts at <paramref name="now"/>.</summary>
    public IReadOnlyList<string> Take(DateTimeOffset now)
    {
        var ids = _pending.Order(StringComparer.Ordinal).ToList();
        _pending.Clear();
        _lastSent = now;
        return ids;
    }

    /// <summary>A send (or a skipped one) finished: changes that arrived meanwhile are due now or at the window's end.</summary>
    public ThrottleDecision Completed(DateTimeOffset now)
    {
        _busy = false;
        return _pending.Count == 0 ? ThrottleDecision.Nothing : Next(now);
    }

    private ThrottleDecision Next(DateTimeOffset now)
    {
        _busy = true;
        return _lastSent is { } last && last + period > now ? ThrottleDecision.At(last + period) : ThrottleDecision.Now;
    }
}
