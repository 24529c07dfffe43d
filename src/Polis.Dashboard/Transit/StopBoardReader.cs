using Polis.Transit.Feeds;
using Polis.Transit.Live;
using Polis.Transit.Timetable;
using Polis.Transit.Tracking;

namespace Polis.Dashboard.Transit;

/// <summary>
/// A stop's departure board and timetable for the dashboard, from the same <see cref="DepartureBoard"/> as
/// <c>GET /api/v1/transit/stops/{id}/departures</c> and the network's <see cref="TransitNetwork.StopTimetable"/>.
/// </summary>
public sealed class StopBoardReader(ITransitNetworkProvider networks, ITransitLiveState vehicles, TimeProvider time)
{
    public const int BoardLength = 20;

    public TransitNetwork? Network => networks.Current;

    public IReadOnlyList<StopBoardRow> Departures(TransitNetwork network, string stopId)
    {
        ArgumentNullException.ThrowIfNull(network);
        return [.. DepartureBoard.Build(network, stopId, vehicles.Vehicles, time.GetUtcNow(), BoardLength).Select(Row)];
    }

    /// <summary>Every scheduled departure of the stop on <paramref name="serviceDate"/> (last stops: the arrival), frequency runs expanded.</summary>
    public static IReadOnlyList<StopBoardRow> Timetable(TransitNetwork network, string stopId, DateOnly serviceDate)
    {
        ArgumentNullException.ThrowIfNull(network);
        return [.. network.StopTimetable(stopId, serviceDate).Select(call => Row(new BoardCall(call, null, null)))];
    }

    /// <summary>Today's service date at the stop, in the feed's time zone.</summary>
    public DateOnly Today(TransitNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        return network.LocalDate(time.GetUtcNow());
    }

    private static StopBoardRow Row(BoardCall line)
    {
        var run = line.Call.Instance;
        var route = run.Trip.Route;
        return new StopBoardRow(
            run.Key, route.Id, route.DisplayName, RouteColours.Of(route), RouteColours.TextOf(route), run.Trip.Id, run.Trip.Trip.Headsign,
            line.Call.IsLastStop ? line.Call.Arrival : line.Call.Departure, line.Prediction?.Departure, line.Prediction?.DepartureDelaySeconds, line.VehicleId);
    }
}
