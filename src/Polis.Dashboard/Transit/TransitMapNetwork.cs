using Polis.Transit.Timetable;

namespace Polis.Dashboard.Transit;

/// <summary>One network prepared for the transit map: the payload drawn once, and each route's index in it.</summary>
public sealed class TransitMapNetwork
{
    public TransitMapNetwork(TransitNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        Network = network;
        var routes = network.Routes.Values.OrderBy(r => r.SortOrder ?? int.MaxValue).ThenBy(r => r.DisplayName, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        RouteIndex = routes.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

        var shapes = new List<double[]>();
        var shapeRoute = new List<int>();
        var stopRoutes = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        for (var r = 0; r < routes.Count; r++)
        {
            foreach (var trip in network.TripsOfRoute(routes[r].Id).DistinctBy(t => t.Shape.Id, StringComparer.Ordinal))
            {
                var line = new double[trip.Shape.PointCount * 2];
                for (var p = 0; p < trip.Shape.PointCount; p++)
                {
                    var (latitude, longitude) = trip.Shape.Point(p);
                    (line[2 * p], line[(2 * p) + 1]) = (Math.Round(latitude, 6), Math.Round(longitude, 6));
                }

                shapes.Add(line);
                shapeRoute.Add(r);
            }

            foreach (var stop in network.TripsOfRoute(routes[r].Id).SelectMany(t => t.Stops))
            {
                if (!stopRoutes.TryGetValue(stop.StopId, out var set))
                {
                    stopRoutes[stop.StopId] = set = [];
                }

                set.Add(r);
            }
        }

        // Only stops some trip calls at: stations, entrances and unused stops would be clutter with no board.
        var stops = stopRoutes.Keys.Select(id => network.Stops.GetValueOrDefault(id)).OfType<Polis.Transit.Gtfs.GtfsStop>()
            .Where(s => s.Latitude is not null && s.Longitude is not null).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        Payload = new TransitNetworkPayload(
            network.FeedId,
            [.. routes.Select(r => r.Id)],
            [.. routes.Select(r => r.DisplayName)],
            [.. routes.Select(RouteColours.Of)],
            [.. shapes],
            [.. shapeRoute],
            [.. stops.Select(s => s.Id)],
            [.. stops.Select(s => s.Name)],
            [.. stops.Select(s => Math.Round(s.Latitude!.Value, 6))],
            [.. stops.Select(s => Math.Round(s.Longitude!.Value, 6))],
            [.. stops.Select(s => stopRoutes[s.Id].ToArray())]);
    }

    public TransitNetwork Network { get; }

    public TransitNetworkPayload Payload { get; }

    public IReadOnlyDictionary<string, int> RouteIndex { get; }

    /// <summary>The route index of a vehicle's run, or -1 (no trip, or a route this network lacks).</summary>
    public int RouteOf(Polis.Transit.Live.VehicleState vehicle)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        return vehicle.Trip is { } run && RouteIndex.TryGetValue(run.Trip.Route.Id, out var index) ? index : -1;
    }
}
