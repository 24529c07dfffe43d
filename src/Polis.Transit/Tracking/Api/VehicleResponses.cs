using Polis.Transit.Live;
using Polis.Transit.Timetable;

namespace Polis.Transit.Tracking.Api;

/// <summary>Live vehicles to API responses; names come from the active network when it still knows the stop or route.</summary>
public static class VehicleResponses
{
    public static VehicleResponse From(LiveVehicle vehicle, TransitNetwork? network, bool withPredictions)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        var state = vehicle.State;
        var run = state.Trip;
        NextStopResponse? next = null;
        if (run is not null && state.NextStopIndex is { } index && index < run.Trip.Stops.Count)
        {
            var stop = run.Trip.Stops[index];
            next = new NextStopResponse(index, stop.StopId, StopName(network, stop.StopId), stop.Sequence);
        }

        return new VehicleResponse(
            state.VehicleId,
            state.Label,
            state.Position.Latitude,
            state.Position.Longitude,
            state.Position.Bearing,
            state.Position.SpeedMetresPerSecond is { } speed ? Math.Round(speed, 2) : null,
            state.Position.Timestamp,
            state.UpdatedAt,
            state.MatchSource,
            run is null ? null : Trip(run),
            state.ProgressMetres,
            state.DelaySeconds,
            state.HeadwaySeconds,
            next,
            run is null ? null : state.StopStatus,
            state.OccupancyPercent,
            vehicle.Counts.Accepted,
            vehicle.Counts.Rejected.ToDictionary(r => r.Key.Tag(), r => r.Value, StringComparer.Ordinal),
            withPredictions && run is not null ? [.. state.Predictions.Select(p => Prediction(p, run, network))] : null);
    }

    public static VehicleTripResponse Trip(TripInstance run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var trip = run.Trip;
        return new VehicleTripResponse(trip.Id, trip.Route.Id, trip.Route.DisplayName, trip.Trip.DirectionId, trip.Trip.Headsign, run.StartDateText, run.StartTimeText, run.Key);
    }

    public static string? StopName(TransitNetwork? network, string stopId) =>
        network is not null && network.Stops.TryGetValue(stopId, out var stop) ? stop.Name : null;

    private static PredictionResponse Prediction(StopTimePrediction p, TripInstance run, TransitNetwork? network) => new(
        p.StopIndex, p.StopId, StopName(network, p.StopId), p.StopSequence, run.ScheduledArrival(p.StopIndex), run.ScheduledDeparture(p.StopIndex),
        p.Arrival, p.Departure, p.ArrivalDelaySeconds, p.DepartureDelaySeconds, p.UncertaintySeconds);
}
