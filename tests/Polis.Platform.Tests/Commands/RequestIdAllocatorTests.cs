using Microsoft.Extensions.Time.Testing;
using Polis.Platform.Commands;

namespace Polis.Platform.Tests.Commands;

public sealed class RequestIdAllocatorTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task NextAsync_SameDevice_UniqueAndIncreasing()
    {
        var ids = new RequestIdAllocator(new FakeTimeProvider(Start));
        var issued = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => ids.NextAsync("d1", _ => Task.FromResult(0)).AsTask()));

        Assert.Equal(200, issued.Distinct().Count());
        var first = await ids.NextAsync("d1", _ => Task.FromResult(0));
        var second = await ids.NextAsync("d1", _ => Task.FromResult(0));
        Assert.Equal(first + 1, second);
        Assert.True(first > issued.Max());
    }

    [Fact]
    public async Task NextAsync_StoredMaxAboveTheClock_StartsAboveIt()
    {
        var ids = new RequestIdAllocator(new FakeTimeProvider(Start));
        var clockSeed = RequestIdAllocator.Seed(0, Start);

        Assert.Equal(clockSeed + 1_001, await ids.NextAsync("d1", _ => Task.FromResult(clockSeed + 1_000)));
    }

    [Fact]
    public async Task NextAsync_StoredMaxReadOncePerDevice_DevicesIndependent()
    {
        var ids = new RequestIdAllocator(new FakeTimeProvider(Start));
        var reads = 0;
        Task<int> Stored(CancellationToken _)
        {
            reads++;
            return Task.FromResult(0);
        }

        var a1 = await ids.NextAsync("a", Stored);
        var a2 = await ids.NextAsync("a", Stored);
        var b1 = await ids.NextAsync("b", Stored);

        Assert.Equal(2, reads);
        Assert.Equal(a1 + 1, a2);
        Assert.Equal(a1, b1);
    }

    [Fact]
    public async Task NextAsync_AfterRestart_NeverReusesAnEarlierId()
    {
        var clock = new FakeTimeProvider(Start);
        var before = new RequestIdAllocator(clock);
        var last = 0;
        for (var i = 0; i < 50; i++)
        {
            last = await before.NextAsync("d1", _ => Task.FromResult(0));
        }

        clock.Advance(TimeSpan.FromMinutes(1)); // a restart takes time; 50 requests in it are fewer than its seconds
        var after = new RequestIdAllocator(clock);

        Assert.True(await after.NextAsync("d1", _ => Task.FromResult(0)) > last);
    }

    [Fact]
    public void Seed_Before2020_Zero() => Assert.Equal(0, RequestIdAllocator.Seed(0, new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero)));
}
