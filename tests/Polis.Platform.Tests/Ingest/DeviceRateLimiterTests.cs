using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Polis.Platform.Ingest;

namespace Polis.Platform.Tests.Ingest;

public sealed class DeviceRateLimiterTests
{
    private readonly FakeTimeProvider _time = new();

    private DeviceRateLimiter Limiter(double perSecond, int burst) =>
        new(Options.Create(new GatewayOptions { MessagesPerSecond = perSecond, BurstMessages = burst }), _time);

    [Fact]
    public void TryAcquire_BurstSpent_RefusedUntilRefilled()
    {
        var limiter = Limiter(perSecond: 2, burst: 3);

        for (var i = 0; i < 3; i++)
        {
            Assert.True(limiter.TryAcquire("d", out _));
        }

        Assert.False(limiter.TryAcquire("d", out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(0.5), retryAfter);

        _time.Advance(TimeSpan.FromMilliseconds(500));
        Assert.True(limiter.TryAcquire("d", out _));
        Assert.False(limiter.TryAcquire("d", out _));
    }

    [Fact]
    public void TryAcquire_OneDeviceFloods_OthersUnaffected()
    {
        var limiter = Limiter(perSecond: 1, burst: 1);

        Assert.True(limiter.TryAcquire("flooder", out _));
        Assert.False(limiter.TryAcquire("flooder", out _));

        Assert.True(limiter.TryAcquire("neighbour", out _));
    }

    [Fact]
    public void TryAcquire_LongIdle_RefillCappedAtBurst()
    {
        var limiter = Limiter(perSecond: 10, burst: 2);
        Assert.True(limiter.TryAcquire("d", out _));

        _time.Advance(TimeSpan.FromHours(1));

        Assert.True(limiter.TryAcquire("d", out _));
        Assert.True(limiter.TryAcquire("d", out _));
        Assert.False(limiter.TryAcquire("d", out _));
    }
}
