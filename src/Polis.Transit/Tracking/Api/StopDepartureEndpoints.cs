using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Platform.Identity;
using Polis.Transit.Feeds;

namespace Polis.Transit.Tracking.Api;

/// <summary>A stop's live departure board under /api/v1/transit/stops/{id}/departures: timetable with predictions laid over it.</summary>
public static class StopDepartureEndpoints
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 100;

    public static IEndpointRouteBuilder MapStopDepartureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/transit/stops/{id}/departures", Get).WithTags("Transit").RequireAuthorization(PolisPolicies.Read).WithName("GetStopDepartures")
            .WithSummary("The next departures at a stop: scheduled and predicted times, delay, vehicle, and whether each is predicted or scheduled only.");
        return endpoints;
    }

    public static Results<Ok<DepartureBoardResponse>, ValidationProblem, ProblemHttpResult> Get(
        string id, int? limit, LiveVehicleRegistry vehicles, ITransitNetworkProvider networkProvider, TimeProvider timeProvider)
    {
        if (limit is < 1 or > MaxLimit)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"limit must be between 1 and {MaxLimit}."] });
        }

        if (networkProvider.Current is not { } network)
        {
            return TypedResults.Problem("No transit feed is active yet.", statusCode: StatusCodes.Status503ServiceUnavailable, title: "No active feed");
        }

        if (!network.Stops.TryGetValue(id, out var stop))
        {
            return TypedResults.Problem($"The active feed has no stop '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Stop not found");
        }

        var now = timeProvider.GetUtcNow();
        var board = DepartureBoard.Build(network, id, vehicles.Vehicles, now, limit ?? DefaultLimit);
        return TypedResults.Ok(new DepartureBoardResponse(id, stop.Name, now, [.. board.Select(Line)]));
    }

    private static DepartureResponse Line(BoardCall line)
    {
        var run = line.Call.Instance;
        var trip = run.Trip;
        var prediction = line.Prediction;
        return new DepartureResponse(
            trip.Route.Id, trip.Route.DisplayName, trip.Id, trip.Trip.Headsign, run.StartDateText, run.StartTimeText, line.Call.Stop.Sequence,
            line.Call.Arrival, line.Call.Departure, prediction?.Arrival, prediction?.Departure, prediction?.DepartureDelaySeconds, prediction?.UncertaintySeconds,
            line.VehicleId, prediction is not null);
    }
}
