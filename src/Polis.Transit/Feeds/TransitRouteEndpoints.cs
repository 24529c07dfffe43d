using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Platform.Identity;
using Polis.Transit.Feeds.Api;
using Polis.Transit.Timetable;

namespace Polis.Transit.Feeds;

/// <summary>Routes of the active feed under /api/v1/transit/routes.</summary>
public static class TransitRouteEndpoints
{
    public static IEndpointRouteBuilder MapTransitRouteEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/transit/routes").WithTags("Transit").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/", List).WithName("ListTransitRoutes").WithSummary("Routes of the active feed, by route_sort_order then feed order.");
        group.MapGet("/{id}", Get).WithName("GetTransitRoute").WithSummary("A route with its directions: headsigns, stops in order, shapes.");
        return endpoints;
    }

    public static Results<Ok<IReadOnlyList<RouteResponse>>, ProblemHttpResult> List(ITransitNetworkProvider networks)
    {
        if (networks.Current is not { } network)
        {
            return TransitProblems.NoFeed();
        }

        IReadOnlyList<RouteResponse> routes = [.. network.Routes.Values
            .OrderBy(r => r.SortOrder ?? int.MaxValue)
            .Select(r => RouteResponse.From(r, network.TripsOfRoute(r.Id).Count))];
        return TypedResults.Ok(routes);
    }

    public static Results<Ok<RouteDetailResponse>, ProblemHttpResult> Get(string id, ITransitNetworkProvider networks)
    {
        if (networks.Current is not { } network)
        {
            return TransitProblems.NoFeed();
        }

        if (!network.Routes.TryGetValue(id, out var route))
        {
            return TransitProblems.NotFound("route", id);
        }

        var trips = network.TripsOfRoute(id);
        var directions = trips.GroupBy(t => t.Trip.DirectionId).OrderBy(g => g.Key ?? -1).Select(Direction).ToList();
        return TypedResults.Ok(new RouteDetailResponse(RouteResponse.From(route, trips.Count), directions));
    }

    private static RouteDirectionResponse Direction(IGrouping<int?, ScheduledTrip> trips)
    {
        var stops = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var trip in trips.OrderByDescending(t => t.Stops.Count))
        {
            foreach (var stop in trip.Stops)
            {
                if (seen.Add(stop.StopId))
                {
                    stops.Add(stop.StopId);
                }
            }
        }

        return new RouteDirectionResponse(
            trips.Key,
            trips.Count(),
            [.. trips.Select(t => t.Trip.Headsign).OfType<string>().Distinct(StringComparer.Ordinal)],
            stops,
            [.. trips.Where(t => !t.ShapeFromStops).Select(t => t.Shape.Id).Distinct(StringComparer.Ordinal)]);
    }
}
