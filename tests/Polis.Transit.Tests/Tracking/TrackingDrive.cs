using Microsoft.Extensions.Time.Testing;
using Polis.Transit.Timetable;
using Polis.Transit.Tracking;

namespace Polis.Transit.Tests.Tracking;

/// <summary>Drives simulated vehicles through a tracker: a report from each every step, the fake clock at the report time.</summary>
internal sealed class TrackingDrive
{
    public TrackingDrive(TransitNetwork network, TrackingOptions? options = null)
    {
        Network = network;
        Options = options ?? new TrackingOptions();
        Tracker = new VehicleTracker(Options);
    }

    public TrackingOptions Options { get; }

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UnixEpoch);

    public TransitNetwork Network { get; }

    public VehicleTracker Tracker { get; }

    public List<TrackResult> Results { get; } = [];

    /// <summary>The vehicles as the tracking service publishes them: each report's state and the states of those it displaced.</summary>
    public LiveVehicleRegistry Registry { get; } = new();

    public List<TrackingHistoryBatch> Batches { get; } = [];

    public IEnumerable<StopEvent> Events => Batches.SelectMany(b => b.StopEvents);

    /// <summary>Runs from <paramref name="from"/> to <paramref name="to"/> inclusive, then takes what the tracker recorded.</summary>
    public TrackingDrive Run(DateTimeOffset from, DateTimeOffset to, TimeSpan step, params SimulatedVehicle[] vehicles)
    {
        for (var at = from; at <= to; at += step)
        {
            Clock.SetUtcNow(at);
            foreach (var vehicle in vehicles)
            {
                Add(Tracker.Process(vehicle.ReportAt(at), Network, at));
            }
        }

        Batches.Add(Tracker.Recorder.TakeBatch());
        return this;
    }

    /// <summary>Accuracy of every route and day, summed per bucket.</summary>
    public AccuracyCounts[] AccuracyByBucket()
    {
        var buckets = Enumerable.Range(0, EtaBands.BucketCount).Select(_ => new AccuracyCounts()).ToArray();
        foreach (var tally in Batches.SelectMany(b => b.Accuracy))
        {
            buckets[tally.Bucket].Merge(tally.Counts);
        }

        return buckets;
    }

    public TrackResult Report(VehicleReport report)
    {
        if (report.Timestamp > Clock.GetUtcNow())
        {
            Clock.SetUtcNow(report.Timestamp);
        }

        var result = Tracker.Process(report, Network, Clock.GetUtcNow());
        Add(result);
        return result;
    }

    private void Add(TrackResult result)
    {
        Results.Add(result);
        if (result.Rejection is null && result.State is { } state)
        {
            Registry.Publish(state, result.Counts);
        }

        foreach (var displaced in result.Displaced)
        {
            Registry.Publish(displaced.State, displaced.Counts);
        }
    }
}
