using Microsoft.Extensions.Time.Testing;
using Polis.NgsiLd.Subscriptions;

namespace Polis.NgsiLd.Tests.Subscriptions;

public sealed class NotificationThrottleTests
{
    private readonly FakeTimeProvider _time = new(SubscriptionBodies.Now);

    [Fact]
    public void Offer_FirstChange_SendsNow()
    {
        var throttle = new NotificationThrottle(TimeSpan.FromSeconds(10));

        Assert.Equal(ThrottleDecision.Now, throttle.Offer("e1", _time.GetUtcNow()));
        Assert.Equal(["e1"], throttle.Take(_time.GetUtcNow()));
    }

    [Fact]
    public void Offer_ChangesInsideWindow_CoalescedAndSentWhenWindowEnds()
    {
        var throttle = new NotificationThrottle(TimeSpan.FromSeconds(10));
        var start = _time.GetUtcNow();
        throttle.Offer("e1", start);
        throttle.Take(start);
        Assert.Equal(ThrottleDecision.Nothing, throttle.Completed(start));

        _time.Advance(TimeSpan.FromSeconds(3));
        var first = throttle.Offer("e1", _time.GetUtcNow());
        _time.Advance(TimeSpan.FromSeconds(3));
        var second = throttle.Offer("e1", _time.GetUtcNow());
        var third = throttle.Offer("e2", _time.GetUtcNow());

        Assert.Equal(ThrottleDecision.At(start.AddSeconds(10)), first);
        Assert.Equal(ThrottleDecision.Nothing, second);
        Assert.Equal(ThrottleDecision.Nothing, third);
        Assert.Equal(2, throttle.PendingCount);
        _time.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(["e1", "e2"], throttle.Take(_time.GetUtcNow()));
    }

    [Fact]
    public void Offer_AfterWindow_SendsNowAgain()
    {
        var throttle = new NotificationThrottle(TimeSpan.FromSeconds(10));
        throttle.Offer("e1", _time.GetUtcNow());
        throttle.Take(_time.GetUtcNow());
        throttle.Completed(_time.GetUtcNow());

        _time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(ThrottleDecision.Now, throttle.Offer("e1", _time.GetUtcNow()));
    }

    [Fact]
    public void Completed_NoThrottlingAndChangesDuringSend_SendsThemNextAtOnce()
    {
        var throttle = new NotificationThrottle(TimeSpan.Zero);
        throttle.Offer("e1", _time.GetUtcNow());
        throttle.Take(_time.GetUtcNow());

        var duringSend = throttle.Offer("e1", _time.GetUtcNow());

        Assert.Equal(ThrottleDecision.Nothing, duringSend);
        Assert.Equal(ThrottleDecision.Now, throttle.Completed(_time.GetUtcNow()));
    }

    [Fact]
    public void StatusAt_ExpiresAtPassed_ExpiredAndNoLongerNotifies()
    {
        var subscription = SubscriptionParser.Parse(SubscriptionBodies.With("expiresAt", "2026-11-23T12:00:05Z"), NgsiLdContext.CoreContextUrl, _time.GetUtcNow());
        Assert.True(subscription.NotifiesAt(_time.GetUtcNow()));

        _time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal("expired", subscription.StatusAt(_time.GetUtcNow()));
        Assert.False(subscription.NotifiesAt(_time.GetUtcNow()));
    }

    [Fact]
    public void StatusAt_Inactive_Paused()
    {
        var subscription = SubscriptionParser.Parse(SubscriptionBodies.With("isActive", false), NgsiLdContext.CoreContextUrl, _time.GetUtcNow());

        Assert.Equal("paused", subscription.StatusAt(_time.GetUtcNow()));
        Assert.False(subscription.NotifiesAt(_time.GetUtcNow()));
    }
}
