using Polis.Transit.Timetable;
using Polis.Transit.Tracking;
using static Polis.Transit.Tests.Tracking.VehicleTrackerMatchingTests;

namespace Polis.Transit.Tests.Tracking;

public sealed class ArrivalPredictorTests
{
    private static readonly DateOnly s_day = new(2026, 3, 10);
    private static readonly TransitNetwork s_corridor = TransitNetworkBuilder.Build(1, TrackingFeeds.Corridor());
    private static readonly TrackingOptions s_options = new();

    [Fact]
    public void Predict_VehicleLateBetweenStops_EveryStopAheadSortedWithTheDelay()
    {
        var run = s_corridor.Instance("E0715", s_day)!;

        // 500 m past S1 at 07:19:00: the schedule has it there at 07:18:30, so 30 s late.
        var predictions = Predict(run, 1500, At(7, 19), delay: 30, departed: 1);

        Assert.Equal([2, 3, 4], predictions.Select(p => p.StopIndex));
        Assert.Equal(["S2", "S3", "S4"], predictions.Select(p => p.StopId));
        Assert.Equal(At(7, 20), predictions[0].Arrival);
        Assert.Equal(30, predictions[0].ArrivalDelaySeconds);
        Assert.Equal(30, predictions[2].ArrivalDelaySeconds);
        AssertOrdered(predictions);
    }

    [Fact]
    public void Predict_EarlyVehicle_HeldAtTimepointsNotElsewhere()
    {
        var run = s_corridor.Instance("E0715", s_day)!;

        // 3 min early just after S0: S1 is a timepoint (held to 07:17:30), S2 is not (leaves after its dwell).
        var predictions = Predict(run, 100, At(7, 12, 12), delay: -180, departed: 0);

        Assert.Equal(run.ScheduledDeparture(1), predictions[0].Departure);
        Assert.Equal(At(7, 19, 30), predictions[1].Arrival);
        Assert.Equal(0, predictions[1].ArrivalDelaySeconds);
        Assert.True(predictions[0].ArrivalDelaySeconds < -150);
    }

    [Fact]
    public void Predict_NoisyFixAgainstTheFilteredDelay_CorrectedButCapped()
    {
        var run = s_corridor.Instance("E0715", s_day)!;

        // The fix says 30 s late (see above).
        var smallNoise = Predict(run, 1500, At(7, 19), delay: 10, departed: 1);
        var realJump = Predict(run, 1500, At(7, 19), delay: -270, departed: 1);

        Assert.Equal(At(7, 19, 40), smallNoise[0].Arrival); // 20 s earlier than the raw fix says
        Assert.Equal(At(7, 19, 0), realJump[0].Arrival);    // never more than a minute
    }

    [Fact]
    public void Predict_HistoryOfASlowSegment_PullsThePredictionTowardsIt()
    {
        var run = s_corridor.Instance("E0715", s_day)!;
        var history = new RunningTimeHistory();
        for (var i = 0; i < 90; i++)
        {
            history.AddSegment(new SegmentKey("M", "S2", "S3", DayType.Weekday, 7), 220);
        }

        var withHistory = Predict(run, 1500, At(7, 19), delay: 30, departed: 1, history);
        var without = Predict(run, 1500, At(7, 19), delay: 30, departed: 1);

        // 90 observations against a prior of 10: 0.9 × 220 + 0.1 × 120 = 210 s instead of 120.
        Assert.Equal(90, (withHistory[1].Arrival - without[1].Arrival).TotalSeconds);
        Assert.True(withHistory[1].UncertaintySeconds < without[1].UncertaintySeconds);
    }

    [Fact]
    public void Predict_FurtherStops_UncertaintyGrows()
    {
        var predictions = Predict(s_corridor.Instance("E0715", s_day)!, 100, At(7, 15, 12), delay: 0, departed: 0);

        Assert.True(predictions.Zip(predictions.Skip(1)).All(p => p.Second.UncertaintySeconds > p.First.UncertaintySeconds));
    }

    internal static void AssertOrdered(IReadOnlyList<Polis.Transit.Live.StopTimePrediction> predictions)
    {
        for (var i = 0; i < predictions.Count; i++)
        {
            Assert.True(predictions[i].Departure >= predictions[i].Arrival);
            if (i > 0)
            {
                Assert.True(predictions[i].StopIndex > predictions[i - 1].StopIndex);
                Assert.True(predictions[i].Arrival >= predictions[i - 1].Departure);
            }
        }
    }

    private static IReadOnlyList<Polis.Transit.Live.StopTimePrediction> Predict(TripInstance run, double progress, DateTimeOffset at, double delay, int departed, RunningTimeHistory? history = null)
    {
        var state = new RunProgress(run.Key, progress, at, departed, departed, null, false, false, null, false);
        var observed = ScheduleMath.DeviationSeconds(run, progress, at, s_options.StopRadiusMetres);
        var estimate = new DelayEstimate(delay, 100, at);
        return ArrivalPredictor.Predict(new PredictionInput(run, state, estimate, observed, at, DayType.Weekday, TimeZoneInfo.Utc), history ?? new RunningTimeHistory(), s_options);
    }
}
