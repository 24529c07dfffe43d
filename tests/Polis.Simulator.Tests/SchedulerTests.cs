using Microsoft.Extensions.Time.Testing;
using Polis.Simulator.Runtime;

namespace Polis.Simulator.Tests;

public sealed class SchedulerTests
{
    [Fact]
    public async Task RunAsync_ThreeDevices_EachTicksAtItsOwnPeriodFromOneLoop()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var scheduler = new TickScheduler(time);
        var periods = new[] { TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5) };
        var counts = new int[3];
        var threads = new HashSet<int>();
        for (var i = 0; i < 3; i++)
        {
            scheduler.Schedule(i, time.GetUtcNow());
        }

        using var stop = new CancellationTokenSource();
        var loop = scheduler.RunAsync((item, now) =>
        {
            Interlocked.Increment(ref counts[item]);
            return now + periods[item];
        }, stop.Token);

        for (var step = 0; step < 100; step++)
        {
            // 10 simulated seconds in 100 ms steps; each step lets the loop's delay complete before the next.
            await LetLoopSleepAsync();
            time.Advance(TimeSpan.FromMilliseconds(100));
        }

        await LetLoopSleepAsync();
        await stop.CancelAsync();
        await loop;

        Assert.InRange(counts[0], 10, 11);
        Assert.InRange(counts[1], 5, 6);
        Assert.InRange(counts[2], 2, 3);
        Assert.Equal(3, scheduler.Count);
    }

    [Fact]
    public void Clock_Accelerated_ReplaysBackfillThenNeverRunsAheadOfRealTime()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        var clock = new SimulationClock(time, 60, TimeSpan.FromHours(24));

        Assert.Equal(time.GetUtcNow().AddHours(-24), clock.Now);
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(time.GetUtcNow().AddHours(-24).AddMinutes(59), clock.Now);
        Assert.True(clock.IsAccelerating);
        Assert.Equal(TimeSpan.FromSeconds(15), clock.RealPeriod(TimeSpan.FromMinutes(15), TimeSpan.FromSeconds(1)));

        time.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(time.GetUtcNow(), clock.Now);
        Assert.False(clock.IsAccelerating);
        Assert.Equal(TimeSpan.FromMinutes(15), clock.RealPeriod(TimeSpan.FromMinutes(15), TimeSpan.FromSeconds(1)));
    }

    /// <summary>The loop runs on the thread pool: give it a moment to reach its next Task.Delay on the fake clock.</summary>
    private static Task LetLoopSleepAsync() => Task.Delay(5);
}
