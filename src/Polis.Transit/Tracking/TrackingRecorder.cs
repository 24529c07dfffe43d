using Polis.Transit.Timetable;

namespace Polis.Transit.Tracking;

/// <summary>
/// Where the tracker's observations go: arrivals feed headways, prediction scoring and segment running times;
/// finished calls become stop events and dwell times. Holds what is not yet written (bounded: beyond
/// <see cref="TrackingOptions.MaxPendingEvents"/> the oldest stop events are dropped and counted). Not thread-safe.
/// </summary>
public sealed class TrackingRecorder(TrackingOptions options)
{
    private List<StopEvent> _events = [];
    private Dictionary<(string RouteId, DateOnly Day, int Bucket), AccuracyCounts> _accuracy = [];

    public RunningTimeHistory History { get; } = new();

    public HeadwayBoard Headways { get; } = new();

    public PredictionLedger Ledger { get; } = new(options.PredictionSampleInterval);

    public long DroppedEvents { get; private set; }

    public int PendingEvents => _events.Count;

    /// <summary>Records an arrival; returns the headway to the vehicle ahead when there is one.</summary>
    public int? OnArrival(string vehicleId, TripInstance run, StopArrival arrival, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(zone);
        var trip = run.Trip;
        var stop = trip.Stops[arrival.StopIndex];
        var dayType = DayTypes.Of(run.ServiceDate, options.Holidays);
        foreach (var score in Ledger.Score(run.Key, arrival.StopIndex, arrival.Time))
        {
            var key = (trip.Route.Id, LocalDate(arrival.Time, zone), score.Bucket);
            if (!_accuracy.TryGetValue(key, out var counts))
            {
                _accuracy[key] = counts = new AccuracyCounts();
            }

            counts.Add(score);
        }

        if (arrival.RunningSeconds is { } running && arrival.StopIndex > 0)
        {
            var from = trip.Stops[arrival.StopIndex - 1].StopId;
            History.AddSegment(new SegmentKey(trip.Route.Id, from, stop.StopId, dayType, LocalHour(arrival.Time.AddSeconds(-running), zone)), running);
        }

        return Headways.Arrive(trip.Route.Id, trip.Trip.DirectionId, stop.StopId, vehicleId, arrival.Time, options.MaxHeadway);
    }

    /// <summary>Records a finished call as a stop event (and its dwell in the history).</summary>
    public void OnVisit(string vehicleId, TripInstance run, long feedId, StopVisit visit, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(zone);
        var trip = run.Trip;
        var stop = trip.Stops[visit.StopIndex];
        if (visit.DwellSeconds is { } dwell && visit.Arrival is { } arrived)
        {
            History.AddDwell(new DwellKey(trip.Route.Id, stop.StopId, DayTypes.Of(run.ServiceDate, options.Holidays), LocalHour(arrived, zone)), dwell);
        }

        if (_events.Count >= options.MaxPendingEvents)
        {
            var drop = Math.Max(1, _events.Count / 10);
            _events.RemoveRange(0, drop);
            DroppedEvents += drop;
        }

        _events.Add(new StopEvent(feedId, run.Key, trip.Id, trip.Route.Id, trip.Trip.DirectionId, stop.StopId, stop.Sequence, run.ServiceDate, vehicleId,
            run.ScheduledArrival(visit.StopIndex), run.ScheduledDeparture(visit.StopIndex), visit.Arrival, visit.Departure, visit.Interpolated));
    }

    /// <summary>Everything recorded since the last call, for one write.</summary>
    public TrackingHistoryBatch TakeBatch()
    {
        var (segments, dwells) = History.TakePending();
        var batch = new TrackingHistoryBatch(_events, segments, dwells, [.. _accuracy.Select(a => new AccuracyTally(a.Key.RouteId, a.Key.Day, a.Key.Bucket, a.Value))]);
        _events = [];
        _accuracy = [];
        return batch;
    }

    /// <summary>Takes back a batch whose write failed, ahead of anything recorded since (so order is kept).</summary>
    public void ReturnBatch(TrackingHistoryBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        _events.InsertRange(0, batch.StopEvents);
        if (_events.Count > options.MaxPendingEvents)
        {
            var drop = _events.Count - options.MaxPendingEvents;
            _events.RemoveRange(0, drop);
            DroppedEvents += drop;
        }

        History.ReturnPending(batch.Segments, batch.Dwells);
        foreach (var tally in batch.Accuracy)
        {
            var key = (tally.RouteId, tally.Day, tally.Bucket);
            if (_accuracy.TryGetValue(key, out var counts))
            {
                counts.Merge(tally.Counts);
            }
            else
            {
                _accuracy[key] = tally.Counts;
            }
        }
    }

    private static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    private static int LocalHour(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone).Hour;
}
