using Polis.Dashboard.Transit;
using Polis.Transit.Tracking;

namespace Polis.Dashboard.Tests.Transit;

/// <summary>On-time performance from recorded calls, worked out by hand.</summary>
public sealed class OnTimeTallyTests
{
    private static readonly DateTimeOffset Eight = new(2026, 3, 5, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Add_JudgesDepartures_LastStopsByArrival_PerRouteAndLocalHour()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen"); // UTC+1 in March: 08:00 UTC is 09 local
        var tally = new OnTimeTally(zone);
        tally.Add(Call("1", Eight, departureDelay: -60));                   // on time (edge)
        tally.Add(Call("1", Eight.AddMinutes(10), departureDelay: 300));    // on time (edge)
        tally.Add(Call("1", Eight.AddMinutes(20), departureDelay: -61));    // early
        tally.Add(Call("1", Eight.AddHours(1), departureDelay: 301));       // late, the next hour
        tally.Add(Call("2", Eight, departureDelay: null, arrivalDelay: 30)); // a last stop: its arrival is on time
        tally.Add(Call("2", Eight, departureDelay: null, arrivalDelay: null)); // nothing observed: not counted

        Assert.Equal(5, tally.Counted);
        var one = tally.Routes["1"];
        Assert.Equal((1L, 2L, 1L), (one.Early, one.OnTime, one.Late));
        Assert.Equal(50.0, one.OnTimePercent);
        Assert.Equal(25.0, one.LatePercent);
        Assert.Equal((0L, 1L, 0L), (tally.Routes["2"].Early, tally.Routes["2"].OnTime, tally.Routes["2"].Late));
        Assert.Equal(4, tally.Hours[9].Total);
        Assert.Equal(1, tally.Hours[10].Late);
        Assert.Equal(0, tally.Hours[8].Total);
    }

    [Fact]
    public void Percentages_EmptyCounts_AreZero() => Assert.Equal(0, new OnTimeCounts().OnTimePercent);

    private static StopEvent Call(string routeId, DateTimeOffset scheduled, int? departureDelay, int? arrivalDelay = 0) => new(
        1, $"{routeId}-run@{scheduled:HHmm}", $"{routeId}-trip", routeId, 0, "S1", 1, DateOnly.FromDateTime(scheduled.UtcDateTime), "bus-1",
        scheduled, scheduled,
        arrivalDelay is { } a ? scheduled.AddSeconds(a) : null,
        departureDelay is { } d ? scheduled.AddSeconds(d) : null,
        false);
}
