namespace Polis.NgsiLd.Subscriptions;

/// <summary>What <see cref="NotificationThrottle"/> asks of its owner: nothing, send now, or send at <see cref="Due"/>.</summary>
public readonly record struct ThrottleDecision(bool Send, DateTimeOffset? Due)
{
    public static ThrottleDecision Nothing => new(false, null);

    public static ThrottleDecision Now => new(true, null);

    public static ThrottleDecision At(DateTimeOffset due) => new(true, due);
}
