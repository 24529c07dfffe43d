using BenchmarkDotNet.Attributes;
using Polis.Transit.Timetable;
using Polis.Transit.Tracking;

namespace Polis.Benchmarks;

/// <summary>
/// What a vehicle report costs the tracker on a city of 40 routes and 8,640 trips (see <see cref="BenchTransitCity"/>),
/// per report, with every vehicle under way at 08:00 reporting. Peer in the same run: the bare constrained shape
/// projection a continuing match starts from. <c>ProcessReport</c> is the whole pipeline for a vehicle already on
/// its run (filter, match, stop events, delay filter, predictions for every stop ahead, accuracy samples);
/// <c>MatchFromScratch</c> is a vehicle's first report without trip or route id (candidate runs of the routes
/// calling at nearby stops, every pass of each shape, schedule fit).
/// </summary>
[MemoryDiagnoser]
[InvocationCount(24)]
public class VehicleTrackingBenchmarks
{
    private static readonly DateTimeOffset At = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);
    private readonly TrackingOptions _options = new();
    private TransitNetwork _network = null!;
    private VehicleReport[][] _reports = [];
    private RunMatch[] _matches = [];
    private PredictionInput[] _inputs = [];
    private VehicleTracker _tracker = null!;
    private int _step;

    /// <summary>Runs under way at 08:00: three per direction of each route.</summary>
    public const int Vehicles = 240;

    [GlobalSetup]
    public void Setup()
    {
        _network = BenchTransitCity.Network();
        _reports = BenchTransitCity.Reports(_network, At, 40);
        if (_reports[0].Length != Vehicles)
        {
            throw new InvalidOperationException($"Expected {Vehicles} vehicles under way, found {_reports[0].Length}.");
        }

        var tracker = new VehicleTracker(_options);
        foreach (var report in _reports[0].Concat(_reports[1]))
        {
            tracker.Process(report, _network, report.Timestamp);
        }

        var tracks = _reports[1].Select(r => tracker.Track(r.VehicleId)!).ToArray();
        _matches = [.. tracks.Select(t => t.Match.Current!)];
        if (_matches.Any(m => m is null))
        {
            throw new InvalidOperationException("Every vehicle should be on a run after two reports.");
        }

        _inputs = [.. tracks.Select(t => new PredictionInput(t.Match.Current!.Run, t.Progress!, t.Delay!.Value, t.Match.Current.DeviationSeconds, At.AddSeconds(10), DayType.Weekday, TimeZoneInfo.Utc))];
    }

    [IterationSetup(Target = nameof(ProcessReport))]
    public void StartTracker()
    {
        _tracker = new VehicleTracker(_options);
        for (_step = 0; _step < 2; _step++)
        {
            foreach (var report in _reports[_step])
            {
                _tracker.Process(report, _network, report.Timestamp);
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Vehicles)]
    public double BareProjection()
    {
        var sum = 0.0;
        var reports = _reports[2];
        for (var v = 0; v < Vehicles; v++)
        {
            var match = _matches[v];
            var report = reports[v];
            sum += match.Run.Trip.Shape.Project(report.Latitude, report.Longitude, match.Progress - 30, match.Progress + 500).DistanceAlong;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Vehicles)]
    public int ProcessReport()
    {
        var reports = _reports[_step++];
        var matched = 0;
        for (var v = 0; v < Vehicles; v++)
        {
            var report = reports[v];
            if (_tracker.Process(report, _network, report.Timestamp).State?.Trip is not null)
            {
                matched++;
            }
        }

        return matched;
    }

    [Benchmark(OperationsPerInvoke = Vehicles)]
    public int MatchFromScratch()
    {
        var reports = _reports[2];
        var matched = 0;
        for (var v = 0; v < Vehicles; v++)
        {
            if (TripMatcher.Match(_network, reports[v], MatchMemory.Empty, _options).Fit is not null)
            {
                matched++;
            }
        }

        return matched;
    }

    [Benchmark(OperationsPerInvoke = Vehicles)]
    public int PredictOnly()
    {
        var history = new RunningTimeHistory();
        var count = 0;
        for (var v = 0; v < Vehicles; v++)
        {
            count += ArrivalPredictor.Predict(_inputs[v], history, _options).Count;
        }

        return count;
    }
}
