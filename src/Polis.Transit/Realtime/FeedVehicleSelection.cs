using Polis.Transit.Live;
using Polis.Transit.Timetable;

namespace Polis.Transit.Realtime;

/// <summary>
/// Decides once, for the vehicle positions and the trip updates alike, which vehicles are published and with
/// which run, so the two feeds always pair (W003, E047): one entry per vehicle id (E052), stale and implausible
/// reports left out, and at most one vehicle per run (the spec allows one TripUpdate per run). The tracker already
/// gives each run one vehicle (<see cref="Tracking.RunHolders"/>); this is the last guard for states that still
/// disagree (a vehicle published before it was displaced, an older network's run): a vehicle that reported the run
/// as its assignment keeps it over one matched spatially, then the freshest report; the others appear without a
/// trip. A run that is cancelled, unknown to the active network, or without anything to predict is not published
/// with the vehicle either.
/// </summary>
public static class FeedVehicleSelection
{
    public static IReadOnlyList<FeedVehicle> Select(RealtimeFeedInput input, IReadOnlyCollection<CancelledRun> cancelled)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(cancelled);
        var latest = new Dictionary<string, VehicleState>(StringComparer.Ordinal);
        foreach (var vehicle in input.Vehicles)
        {
            if (vehicle is null || string.IsNullOrEmpty(vehicle.VehicleId) || !IsFresh(vehicle, input.Now, input.StaleAfter) || !IsPlausible(vehicle.Position))
            {
                continue;
            }

            if (!latest.TryGetValue(vehicle.VehicleId, out var other) || vehicle.Position.Timestamp > other.Position.Timestamp)
            {
                latest[vehicle.VehicleId] = vehicle;
            }
        }

        var cancelledKeys = cancelled.Select(c => c.Run.Key).ToHashSet(StringComparer.Ordinal);
        var owners = new Dictionary<string, (VehicleState Vehicle, TripInstance Run)>(StringComparer.Ordinal);
        foreach (var vehicle in latest.Values)
        {
            if (Resolve(input.Network, vehicle) is not { } run || cancelledKeys.Contains(run.Key))
            {
                continue;
            }

            if (!owners.TryGetValue(run.Key, out var owner) || Outranks(vehicle, owner.Vehicle))
            {
                owners[run.Key] = (vehicle, run);
            }
        }

        var runs = owners.Values.ToDictionary(o => o.Vehicle.VehicleId, o => o.Run, StringComparer.Ordinal);
        return [.. latest.Values.OrderBy(v => v.VehicleId, StringComparer.Ordinal).Select(v => new FeedVehicle(v, runs.GetValueOrDefault(v.VehicleId)))];
    }

    /// <summary>The stored cancellations whose runs exist in the active network and have not ended, one per run.</summary>
    public static IReadOnlyList<CancelledRun> CancelledRuns(RealtimeFeedInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Network is not { } network)
        {
            return [];
        }

        var runs = new Dictionary<string, CancelledRun>(StringComparer.Ordinal);
        foreach (var cancellation in input.Cancellations)
        {
            if (network.Instance(cancellation.TripId, cancellation.ServiceDate, cancellation.StartSeconds) is { } run && run.ScheduledEnd > input.Now)
            {
                runs.TryAdd(run.Key, new CancelledRun(cancellation, run));
            }
        }

        return [.. runs.Values.OrderBy(r => r.Run.Key, StringComparer.Ordinal)];
    }

    public static bool IsFresh(VehicleState vehicle, DateTimeOffset now, TimeSpan staleAfter)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        return now - vehicle.Position.Timestamp <= staleAfter;
    }

    /// <summary>WGS-84 coordinates in range (E026); anything else is a broken report, not a vehicle to show.</summary>
    public static bool IsPlausible(VehiclePosition position) =>
        double.IsFinite(position.Latitude) && double.IsFinite(position.Longitude) && Math.Abs(position.Latitude) <= 90 && Math.Abs(position.Longitude) <= 180;

    /// <summary>The vehicle's run in the active network, or null when it cannot be published as a run.</summary>
    private static TripInstance? Resolve(TransitNetwork? network, VehicleState vehicle)
    {
        if (network is null || vehicle.Trip is not { } run || vehicle.MatchSource == TripMatchSource.None || vehicle.NextStopIndex is not int next)
        {
            return null;
        }

        if (!network.Trips.TryGetValue(run.Trip.Id, out var trip) || trip.Stops.Count != run.Trip.Stops.Count || next < 0 || next >= trip.Stops.Count)
        {
            return null;
        }

        // The tracker matched against the network it had; after a feed swap the same trip of the new one stands in.
        var current = ReferenceEquals(trip, run.Trip) ? run : run with { Trip = trip };
        return StopTimeUpdates.CanDescribe(vehicle, current) ? current : null;
    }

    private static bool Outranks(VehicleState candidate, VehicleState owner)
    {
        var assigned = candidate.MatchSource == TripMatchSource.Assigned;
        if (assigned != (owner.MatchSource == TripMatchSource.Assigned))
        {
            return assigned;
        }

        return candidate.Position.Timestamp > owner.Position.Timestamp
            || (candidate.Position.Timestamp == owner.Position.Timestamp && string.CompareOrdinal(candidate.VehicleId, owner.VehicleId) < 0);
    }
}
