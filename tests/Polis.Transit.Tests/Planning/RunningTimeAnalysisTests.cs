using Polis.Transit.Planning;
using Polis.Transit.Tracking;
using static Polis.Transit.Tests.Planning.PlanningEvents;

namespace Polis.Transit.Tests.Planning;

public sealed class RunningTimeAnalysisTests
{
    /// <summary>S1 → S2 is scheduled at 120 s; these are the running times observed there, one per weekday run.</summary>
    private static readonly int[] s_observed = [150, 155, 160, 165, 170, 175, 180, 185, 190, 195, 200, 240];

    [Fact]
    public void Analyze_SegmentConsistentlySlower_ProposesThe85thPercentileRounded()
    {
        var report = RunningTimeAnalysis.Analyze(TwelveSlowRuns(), Scope(Corridor, from: Tuesday, to: Tuesday.AddDays(1)));

        // Sorted values, rank 0.85 × 11 = 9.35: 195 + 0.35 × (200 − 195) = 196.75 s, to the nearest minute 180 s.
        var slow = Row(report, RunningTimeKind.Segment, "S1", "S2");
        Assert.Equal((120, 12, 180.4, 177.5, 196.8), (slow.ScheduledSeconds, slow.Count, slow.MeanSeconds, slow.MedianSeconds, slow.PercentileSeconds));
        Assert.Equal((180, 60), (slow.ProposedSeconds, slow.ChangeSeconds));
        Assert.Null(slow.Note);
        Assert.Equal((DayType.Weekday, "am-peak", "Stop 1", "Stop 2"), (slow.DayType, slow.Band, slow.FromStopName, slow.ToStopName));
        var normal = Row(report, RunningTimeKind.Segment, "S2", "S3");
        Assert.Equal((120, 120.0, 120, 0), (normal.ScheduledSeconds, normal.PercentileSeconds, normal.ProposedSeconds, normal.ChangeSeconds));
    }

    [Fact]
    public void Analyze_HalfMinuteRounding_ProposalOnTheHalfMinute()
    {
        var report = RunningTimeAnalysis.Analyze(TwelveSlowRuns(), Scope(Corridor, new PlanningOptions { RoundingSeconds = 30 }, from: Tuesday, to: Tuesday.AddDays(1)));

        Assert.Equal((210, 90), (Row(report, RunningTimeKind.Segment, "S1", "S2").ProposedSeconds, Row(report, RunningTimeKind.Segment, "S1", "S2").ChangeSeconds));
    }

    [Fact]
    public void Analyze_WholeTripAndDwell_MeasuredApartFromRunning()
    {
        var report = RunningTimeAnalysis.Analyze(TwelveSlowRuns(), Scope(Corridor, from: Tuesday, to: Tuesday.AddDays(1)));

        // End to end: 570 s scheduled (dwells included), 450 s plus the slow segment observed: p85 646.75 → 660.
        var trip = Row(report, RunningTimeKind.Trip, "S0", "S4");
        Assert.Equal((570, 12, 646.8, 660, 90), (trip.ScheduledSeconds, trip.Count, trip.PercentileSeconds, trip.ProposedSeconds, trip.ChangeSeconds));
        var dwell = Row(report, RunningTimeKind.Dwell, "S2", "S2");
        Assert.Equal((30, 12, 30.0), (dwell.ScheduledSeconds, dwell.Count, dwell.MeanSeconds));
        Assert.DoesNotContain(report.Rows, r => r.Kind == RunningTimeKind.Dwell && r.FromStopId is "S0" or "S4");
        Assert.Equal(RunningTimeKind.Trip, report.Rows[0].Kind);
        Assert.Equal(["S0", "S1", "S1", "S2", "S2", "S3", "S3"], report.Rows.Skip(1).Select(r => r.FromStopId));
    }

    [Fact]
    public void Analyze_TooFewObservations_NoProposalAndSaysSo()
    {
        var saturday = new DateOnly(2026, 3, 14);
        var report = RunningTimeAnalysis.Analyze(Run(Corridor, "E0700", "bus-1", TimeSpan.Zero, saturday), Scope(Corridor, from: saturday));

        var row = Assert.Single(report.Rows, r => r.Kind == RunningTimeKind.Segment && r.FromStopId == "S0");
        Assert.Equal((DayType.Saturday, 1, (int?)null, (int?)null), (row.DayType, row.Count, row.ProposedSeconds, row.ChangeSeconds));
        Assert.Equal("only 1 of the 10 observations a proposal needs", row.Note);
    }

    [Fact]
    public void Analyze_TripPastMidnightOnAHoliday_NightBandOfItsServiceDate()
    {
        var report = RunningTimeAnalysis.Analyze(Run(Corridor, "E2430", "bus-1", TimeSpan.Zero), Scope(Corridor, holidays: [Tuesday]));

        Assert.NotEmpty(report.Rows);
        Assert.All(report.Rows, r => Assert.Equal((DayType.SundayHoliday, "night"), (r.DayType, r.Band)));
        Assert.Equal(new TimeBand("night", new TimeOnly(22, 0), new TimeOnly(5, 0)), report.Bands[^1]);
    }

    [Fact]
    public void Analyze_RunFirstSeenMidway_SegmentsFromThereButNoWholeTrip()
    {
        var events = Run(Corridor, "E0700", "bus-1", TimeSpan.Zero).Skip(2);

        var report = RunningTimeAnalysis.Analyze(events, Scope(Corridor));

        Assert.Equal([("S2", "S3"), ("S3", "S4")], report.Rows.Where(r => r.Kind == RunningTimeKind.Segment).Select(r => (r.FromStopId, r.ToStopId)));
        Assert.DoesNotContain(report.Rows, r => r.Kind == RunningTimeKind.Trip);
    }

    /// <summary>Twelve weekday runs on time except S1 → S2, which takes <see cref="s_observed"/> (the rest of the run as much later).</summary>
    private static List<StopEvent> TwelveSlowRuns()
    {
        var runs = Corridor.TripsOfRoute("M").Where(t => t.Trip.DirectionId == 0 && t.FirstDeparture < 9 * 3600).OrderBy(t => t.FirstDeparture)
            .SelectMany(t => new[] { Tuesday, Tuesday.AddDays(1) }.Select(d => Corridor.Instance(t.Id, d)!))
            .OrderBy(r => r.ServiceDate).ThenBy(r => r.StartSeconds).Take(s_observed.Length).ToList();
        return InTimeOrder([.. runs.Select((run, n) =>
        {
            var extra = TimeSpan.FromSeconds(s_observed[n] - 120);
            return Run(Corridor, run.Trip.Id, $"bus-{n}", TimeSpan.Zero, run.ServiceDate)
                .Select(e => e.StopSequence < 3 ? e : e with { ActualArrival = e.ActualArrival + extra, ActualDeparture = e.ActualDeparture + extra });
        })]);
    }

    private static RunningTimeRow Row(RunningTimeReport report, RunningTimeKind kind, string from, string to) =>
        Assert.Single(report.Rows, r => r.Kind == kind && r.FromStopId == from && r.ToStopId == to && r.DayType == DayType.Weekday);
}
