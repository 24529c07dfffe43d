using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Platform.Identity;
using Polis.Transit.Feeds.Api;
using Polis.Transit.Timetable;

namespace Polis.Transit.Feeds;

/// <summary>Trips (with their stop times) and shapes (GeoJSON) of the active feed.</summary>
public static class TransitTripEndpoints
{
    public const string GeoJsonMediaType = "application/geo+json";

    public static IEndpointRouteBuilder MapTransitTripEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var trips = endpoints.MapGroup("/api/v1/transit/trips").WithTags("Transit").RequireAuthorization(PolisPolicies.Read);
        trips.MapGet("/{id}", GetTrip).WithName("GetTransitTrip").WithSummary("A trip with its stop times (blank times interpolated) and frequencies.");
        var shapes = endpoints.MapGroup("/api/v1/transit/shapes").WithTags("Transit").RequireAuthorization(PolisPolicies.Read);
        shapes.MapGet("/{id}", GetShape).WithName("GetTransitShape").WithSummary("A shape as a GeoJSON Feature with a LineString.")
            .Produces<JsonObject>(StatusCodes.Status200OK, GeoJsonMediaType);
        return endpoints;
    }

    public static Results<Ok<TripResponse>, ProblemHttpResult> GetTrip(string id, ITransitNetworkProvider networks)
    {
        if (networks.Current is not { } network)
        {
            return TransitProblems.NoFeed();
        }

        if (!network.Trips.TryGetValue(id, out var trip))
        {
            return TransitProblems.NotFound("trip", id);
        }

        var t = trip.Trip;
        var stops = trip.Stops.Select(s => new TripStopResponse(s.Sequence, s.StopId, network.Stops.TryGetValue(s.StopId, out var stop) ? stop.Name : s.StopId,
            GtfsTime.Format(s.Arrival), GtfsTime.Format(s.Departure), Math.Round(s.DistanceMetres, 1), s.Timepoint, s.PickupType, s.DropOffType)).ToList();
        return TypedResults.Ok(new TripResponse(t.Id, t.RouteId, t.ServiceId, t.Headsign, t.ShortName, t.DirectionId, t.BlockId, t.ShapeId, trip.Frequencies, stops));
    }

    public static Results<ContentHttpResult, ProblemHttpResult> GetShape(string id, ITransitNetworkProvider networks)
    {
        if (networks.Current is not { } network)
        {
            return TransitProblems.NoFeed();
        }

        if (!network.Shapes.TryGetValue(id, out var shape))
        {
            return TransitProblems.NotFound("shape", id);
        }

        var coordinates = new JsonArray();
        for (var i = 0; i < shape.PointCount; i++)
        {
            var (latitude, longitude) = shape.Point(i);
            coordinates.Add(new JsonArray(longitude, latitude));
        }

        var feature = new JsonObject
        {
            ["type"] = "Feature",
            ["id"] = id,
            ["properties"] = new JsonObject { ["shapeId"] = id, ["lengthMetres"] = Math.Round(shape.LengthMetres, 1) },
            ["geometry"] = new JsonObject { ["type"] = "LineString", ["coordinates"] = coordinates },
        };
        return TypedResults.Text(feature.ToJsonString(), GeoJsonMediaType);
    }
}
