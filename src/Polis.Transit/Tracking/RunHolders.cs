using Polis.Transit.Live;

namespace Polis.Transit.Tracking;

/// <summary>
/// Which vehicle runs each trip run: one at most, as GTFS-Realtime wants (one vehicle per trip instance, one trip
/// update per run). A vehicle may take a run another holds only with stronger evidence (<see cref="Outranks"/>);
/// the holder it takes it from is displaced and matched afresh. Not thread-safe (the tracker's one worker drives it).
/// </summary>
public sealed class RunHolders(TrackingOptions options)
{
    /// <summary>
    /// How much cheaper a spatial match must be to take a run from another spatially matched vehicle: enough to
    /// stand above GPS and timing noise (2.5 min of lateness, or 25 m off the shape), so two vehicles near one run
    /// do not take it from each other report after report.
    /// </summary>
    public const double TakeoverMargin = 0.25;

    private readonly Dictionary<string, RunHold> _holds = new(StringComparer.Ordinal);

    /// <summary>True when another vehicle holds <paramref name="candidate"/>'s run with evidence at least as strong.</summary>
    public bool Blocks(string vehicleId, RunMatch candidate, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return _holds.TryGetValue(candidate.Key, out var hold) && hold.VehicleId != vehicleId && !Outranks(candidate, hold, now, options);
    }

    /// <summary>Gives <paramref name="fit"/>'s run to the vehicle (or refreshes its evidence); returns the vehicle it was taken from, if any.</summary>
    public string? Take(string vehicleId, RunMatch fit, DateTimeOffset reportedAt)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var previous = _holds.GetValueOrDefault(fit.Key);
        _holds[fit.Key] = new RunHold(vehicleId, fit.Source, fit.Cost, reportedAt);
        return previous is not null && previous.VehicleId != vehicleId ? previous.VehicleId : null;
    }

    /// <summary>Lets the run go if the vehicle holds it.</summary>
    public void Release(string runKey, string vehicleId)
    {
        if (_holds.TryGetValue(runKey, out var hold) && hold.VehicleId == vehicleId)
        {
            _holds.Remove(runKey);
        }
    }

    /// <summary>
    /// Whether a challenger's match is stronger evidence than the holder's: any challenger outranks a holder whose
    /// latest fit is older than <see cref="TrackingOptions.MaxReportAge"/> (it could no longer place the vehicle,
    /// and the feeds have stopped publishing it); a reported assignment outranks a spatial match and is never
    /// outranked by one; between two of a kind, the challenger must fit the shape and the schedule clearly better
    /// (<see cref="TakeoverMargin"/>), so the incumbent keeps the run on a tie.
    /// </summary>
    public static bool Outranks(RunMatch challenger, RunHold holder, DateTimeOffset now, TrackingOptions options)
    {
        ArgumentNullException.ThrowIfNull(challenger);
        ArgumentNullException.ThrowIfNull(holder);
        ArgumentNullException.ThrowIfNull(options);
        if (now - holder.ReportedAt > options.MaxReportAge)
        {
            return true;
        }

        var assigned = challenger.Source == TripMatchSource.Assigned;
        var held = holder.Source == TripMatchSource.Assigned;
        return assigned != held ? assigned : challenger.Cost + TakeoverMargin < holder.Cost;
    }
}
