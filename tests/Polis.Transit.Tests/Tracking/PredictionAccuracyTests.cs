using Polis.Transit.Live;
using Polis.Transit.Timetable;
using Polis.Transit.Tracking;
using static Polis.Transit.Tests.Tracking.VehicleTrackerMatchingTests;

namespace Polis.Transit.Tests.Tracking;

/// <summary>Predictions scored against actual arrivals, per horizon bucket of the ETA Accuracy Benchmark.</summary>
public sealed class PredictionAccuracyTests
{
    private static readonly DateOnly s_day = new(2026, 3, 10);
    private static readonly TransitNetwork s_loop = TransitNetworkBuilder.Build(2, TrackingFeeds.Loop());

    [Theory]
    [InlineData(0, 0)]
    [InlineData(179, 0)]
    [InlineData(180, 1)]
    [InlineData(599, 2)]
    [InlineData(600, 3)]
    [InlineData(900, 3)]
    [InlineData(901, -1)]
    [InlineData(-1, -1)]
    public void BucketOf_Horizon_BenchmarkBucket(int seconds, int bucket) =>
        Assert.Equal(bucket, EtaBands.BucketOf(TimeSpan.FromSeconds(seconds)));

    [Theory]
    [InlineData(0, -30, EtaOutcome.Accurate)]
    [InlineData(0, -31, EtaOutcome.Early)]
    [InlineData(0, 90, EtaOutcome.Accurate)]
    [InlineData(0, 91, EtaOutcome.Late)]
    [InlineData(2, 210, EtaOutcome.Accurate)]
    [InlineData(3, -91, EtaOutcome.Early)]
    [InlineData(3, 271, EtaOutcome.Late)]
    public void Judge_ErrorAgainstTheBand_Outcome(int bucket, double error, EtaOutcome expected) =>
        Assert.Equal(expected, EtaBands.Judge(bucket, error));

    [Fact]
    public void Process_VehicleRunningAsPredicted_AccurateInEveryBucket()
    {
        var run = s_loop.Instance("loop", s_day, 7 * 3600)!;
        var bus = new SimulatedVehicle("bus", run, seed: 4) { NoiseMetres = 5, Delay = TimeSpan.FromSeconds(45) };

        var drive = new TrackingDrive(s_loop).Run(At(6, 58), At(7, 21), TimeSpan.FromSeconds(10), bus);

        var buckets = drive.AccuracyByBucket();
        Assert.All(buckets, b => Assert.True(b.Count > 0));
        Assert.All(buckets, b => Assert.Equal(b.Count, b.Accurate));
        Assert.All(buckets, b => Assert.InRange(b.MeanAbsoluteErrorSeconds, 0, 20));
    }

    [Fact]
    public void Process_VehicleHaltsFiveMinutesMidRoute_LateScoresAtLongHorizons()
    {
        var run = s_loop.Instance("loop", s_day, 7 * 3600)!;

        // Halts 100 m past P1 (07:05:12) for 5 min, so every later stop comes 5 min after the predictions made before.
        var bus = new SimulatedVehicle("bus", run, seed: 4) { NoiseMetres = 5, HaltAt = 900, HaltFor = TimeSpan.FromMinutes(5) };

        var drive = new TrackingDrive(s_loop).Run(At(6, 58), At(7, 26), TimeSpan.FromSeconds(10), bus);

        var buckets = drive.AccuracyByBucket();
        Assert.All(buckets, b => Assert.Equal(0, b.Early));
        Assert.True(buckets[2].Late > 0, "6–10 min: predictions made at the start of the halt");
        Assert.True(buckets[3].Late > 0, "10–15 min: predictions made before the halt");
        Assert.True(buckets[0].Late < buckets[0].Count / 2, "0–3 min: mostly made after the halt, when it was known");
        Assert.All(buckets, b => Assert.True(b.Count > 0));
    }

    [Fact]
    public void Process_PredictionsForEveryDownstreamStop_SortedAndKeptBounded()
    {
        var run = s_loop.Instance("loop", s_day, 7 * 3600)!;
        var bus = new SimulatedVehicle("bus", run) { NoiseMetres = 5 };
        var drive = new TrackingDrive(s_loop);

        // Reports every second for 8 minutes: samples stay one per stop per 30 s.
        drive.Run(At(7, 0, 30), At(7, 8, 30), TimeSpan.FromSeconds(1), bus);

        var state = drive.Results[^1].State!;
        Assert.Equal([2, 3, 4], state.Predictions.Select(p => p.StopIndex));
        ArrivalPredictorTests.AssertOrdered(state.Predictions);
        Assert.InRange(drive.Tracker.Recorder.Ledger.SampleCount, 1, 3 * ((8 * 60 / 30) + 1));
    }

    [Fact]
    public void Ledger_ScoresTheStopAndForgetsEarlierOnes()
    {
        var ledger = new PredictionLedger(TimeSpan.FromSeconds(30));
        var made = At(7, 0);
        ledger.Record("run", [Prediction(1, At(7, 2)), Prediction(2, At(7, 5))], made);
        ledger.Record("run", [Prediction(1, At(7, 2)), Prediction(2, At(7, 5))], made.AddSeconds(10)); // within the interval: not kept

        var scores = ledger.Score("run", 2, At(7, 7));

        var score = Assert.Single(scores);
        Assert.Equal((2, 120.0, EtaOutcome.Accurate), (score.Bucket, score.ErrorSeconds, score.Outcome));
        Assert.Equal(0, ledger.RunCount);
    }

    private static StopTimePrediction Prediction(int index, DateTimeOffset arrival) => new(index, $"P{index}", index + 1, arrival, arrival, 0, 0, 10);
}
