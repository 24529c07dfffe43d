using Polis.Transit.Live;
using Polis.Transit.Timetable;

namespace Polis.Transit.Tracking;

/// <summary>
/// The tracking pipeline for every vehicle, one report at a time: filter, match, advance along the run (arrivals,
/// departures, headways, history), filter the delay, predict, keep predictions for scoring, and build the
/// vehicle's new <see cref="VehicleState"/>. A run is held by one vehicle at most (<see cref="RunHolders"/>): a
/// vehicle taking a run from another displaces it, unmatched until its next report is matched afresh. Pure apart
/// from its own memory; not thread-safe (one worker drives it).
/// </summary>
public sealed class VehicleTracker(TrackingOptions options)
{
    private readonly Dictionary<string, VehicleTrack> _tracks = new(StringComparer.Ordinal);
    private readonly RunHolders _holders = new(options);
    private readonly List<LiveVehicle> _displaced = [];

    public TrackingRecorder Recorder { get; } = new(options);

    public int VehicleCount => _tracks.Count;

    public VehicleTrack? Track(string vehicleId) => _tracks.GetValueOrDefault(vehicleId);

    public TrackResult Process(VehicleReport report, TransitNetwork? network, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(report);
        var track = _tracks.GetValueOrDefault(report.VehicleId) ?? VehicleTrack.New(report.VehicleId, now);
        var verdict = ReportFilter.Check(report, track.Filter, now, options);
        if (verdict.Rejection is { } rejection)
        {
            track = track with { Filter = verdict.State, Counts = track.Counts.WithRejected(rejection) };
            _tracks[report.VehicleId] = track;
            return new TrackResult(track.State, rejection, track.Counts, []);
        }

        track = track with { Filter = verdict.State, Counts = track.Counts.WithAccepted(), LastHeard = now };
        if (verdict.Relocated || !ReferenceEquals(track.Network, network))
        {
            track = LeaveRun(track) with { Match = MatchMemory.Empty, Network = network };
        }

        _displaced.Clear();
        track = network is null ? Unmatched(track, Position(report), OccupancyPercent(report), now) : Follow(track, report, network, now);
        _tracks[report.VehicleId] = track;
        return new TrackResult(track.State, null, track.Counts, _displaced.Count == 0 ? [] : [.. _displaced]);
    }

    /// <summary>Forgets vehicles not heard from for <see cref="TrackingOptions.VehicleExpiry"/>; returns their ids.</summary>
    public IReadOnlyList<string> Expire(DateTimeOffset now)
    {
        var expired = _tracks.Values.Where(t => now - t.LastHeard > options.VehicleExpiry).Select(t => t.VehicleId).ToList();
        foreach (var id in expired)
        {
            LeaveRun(_tracks[id]);
            _tracks.Remove(id);
        }

        return expired;
    }

    private VehicleTrack Follow(VehicleTrack track, VehicleReport report, TransitNetwork network, DateTimeOffset now)
    {
        var vehicleId = track.VehicleId;
        var outcome = TripMatcher.Match(network, report, track.Match, options, match => _holders.Blocks(vehicleId, match, now));
        if (outcome.Memory.Current is null)
        {
            return Unmatched(LeaveRun(track) with { Match = outcome.Memory }, Position(report), OccupancyPercent(report), now);
        }

        if (outcome.Fit is not { } fit)
        {
            // Off the shape but within the grace: same run, same progress, new position.
            var held = track.State is { } previous ? previous with { Position = Position(report), UpdatedAt = now } : null;
            return track with { Match = outcome.Memory, State = held };
        }

        var run = fit.Run;
        if (_holders.Take(vehicleId, fit, report.Timestamp) is { } loser)
        {
            Displace(loser, now);
        }

        var zone = network.TimeZone;
        RunProgress progress;
        DelayEstimate delay;
        var headway = track.HeadwaySeconds;
        if (track.Progress is null || track.Delay is null || track.Progress.RunKey != run.Key)
        {
            track = LeaveRun(track);
            progress = StopEventDetector.Start(run, fit.Progress, report.Timestamp, options.StopRadiusMetres);
            delay = DelayEstimate.Start(fit.DeviationSeconds, report.Timestamp, options);
        }
        else
        {
            var advance = StopEventDetector.Advance(run, track.Progress, fit.Progress, report.Timestamp, options);
            progress = advance.Progress;
            foreach (var arrival in advance.Arrivals)
            {
                headway = Recorder.OnArrival(vehicleId, run, arrival, zone) ?? headway;
            }

            foreach (var visit in advance.Visits)
            {
                Recorder.OnVisit(vehicleId, run, network.FeedId, visit, zone);
            }

            delay = track.Delay.Value.Update(fit.DeviationSeconds, report.Timestamp, options);
        }

        var input = new PredictionInput(run, progress, delay, fit.DeviationSeconds, report.Timestamp, DayTypes.Of(run.ServiceDate, options.Holidays), zone);
        var predictions = ArrivalPredictor.Predict(input, Recorder.History, options);
        // Timed by the report they come from (what they knew, and when), so a backlog in the queue or a device
        // sending late does not stretch horizons, and a replay scores the same as live.
        Recorder.Ledger.Record(run.Key, predictions.Where(p => p.StopIndex > progress.ArrivedIndex), report.Timestamp);
        var next = Math.Min(progress.DepartedIndex + 1, run.Trip.Stops.Count - 1);
        var state = new VehicleState(
            vehicleId,
            null,
            Position(report),
            run,
            fit.Source,
            Math.Round(progress.Progress, 1),
            next,
            ScheduleMath.Status(run.Trip, next, progress.Progress, report.SpeedMetresPerSecond, options),
            (int)Math.Round(delay.DelaySeconds),
            headway,
            OccupancyPercent(report),
            predictions,
            now);
        return track with { Match = outcome.Memory, Progress = progress, Delay = delay, HeadwaySeconds = headway, State = state };
    }

    private static VehicleTrack Unmatched(VehicleTrack track, VehiclePosition position, int? occupancy, DateTimeOffset now) => track with
    {
        State = new VehicleState(track.VehicleId, null, position, null, TripMatchSource.None, null, null, VehicleStopStatus.InTransitTo, null,
            track.HeadwaySeconds, occupancy, [], now),
    };

    /// <summary>
    /// A vehicle whose run was taken by one with stronger evidence: it leaves the run at once (published without a
    /// trip, so the run never has two vehicles) and its next report is matched afresh, to another run or none. Its
    /// call in progress is not recorded: the run was never its own.
    /// </summary>
    private void Displace(string vehicleId, DateTimeOffset now)
    {
        if (!_tracks.TryGetValue(vehicleId, out var track))
        {
            return;
        }

        track = LeaveRun(track, recordCall: false) with { Match = MatchMemory.Empty with { FinishedKey = track.Match.FinishedKey } };
        if (track.State is { } state)
        {
            track = Unmatched(track, state.Position, state.OccupancyPercent, now);
            _displaced.Add(new LiveVehicle(track.State!, track.Counts));
        }

        _tracks[vehicleId] = track;
    }

    /// <summary>Ends the vehicle's current run: the call in progress is recorded without departure, its kept predictions dropped.</summary>
    private VehicleTrack LeaveRun(VehicleTrack track, bool recordCall = true)
    {
        if (track.Progress is not { } progress)
        {
            return track;
        }

        if (recordCall && track.Match.Current?.Run is { } run && run.Key == progress.RunKey && track.Network is { } network && StopEventDetector.Abandon(progress) is { } visit)
        {
            Recorder.OnVisit(track.VehicleId, run, network.FeedId, visit, network.TimeZone);
        }

        Recorder.Ledger.Forget(progress.RunKey);
        _holders.Release(progress.RunKey, track.VehicleId);
        return track with { Progress = null, Delay = null };
    }

    private int? OccupancyPercent(VehicleReport report) =>
        report.Occupancy is { } passengers && options.VehicleCapacity > 0 ? (int)Math.Min(1_000, Math.Round(100.0 * passengers / options.VehicleCapacity)) : null;

    private static VehiclePosition Position(VehicleReport report) =>
        new(report.Latitude, report.Longitude, report.Bearing, report.SpeedMetresPerSecond, report.Timestamp);
}
