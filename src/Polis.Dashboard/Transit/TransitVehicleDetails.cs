using Polis.Transit.Live;
using Polis.Transit.Timetable;

namespace Polis.Dashboard.Transit;

/// <summary>Builds the side panel's <see cref="TransitVehicleDetail"/> from a vehicle's state and the active network.</summary>
public static class TransitVehicleDetails
{
    public static TransitVehicleDetail From(VehicleState state, TransitNetwork? network, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var run = state.Trip;
        string? nextStopId = null;
        if (run is not null && state.NextStopIndex is { } next && next < run.Trip.Stops.Count)
        {
            nextStopId = run.Trip.Stops[next].StopId;
        }

        TransitPredictionRow[] predictions = run is null
            ? []
            : [.. state.Predictions.Select(p => new TransitPredictionRow(
                p.StopIndex, p.StopId, StopName(network, p.StopId), run.ScheduledArrival(p.StopIndex), p.Arrival, p.ArrivalDelaySeconds, p.UncertaintySeconds))];
        return new TransitVehicleDetail(
            state,
            DelayBands.Of(state, now),
            run?.Trip.Route.DisplayName,
            run is null ? null : RouteColours.Of(run.Trip.Route),
            nextStopId,
            nextStopId is null ? null : StopName(network, nextStopId),
            predictions,
            network?.TimeZone ?? TimeZoneInfo.Utc);
    }

    public static string? StopName(TransitNetwork? network, string stopId) =>
        network is not null && network.Stops.TryGetValue(stopId, out var stop) ? stop.Name : null;
}
