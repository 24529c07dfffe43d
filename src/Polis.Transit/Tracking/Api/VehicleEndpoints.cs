using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Platform.Identity;
using Polis.Transit.Feeds;

namespace Polis.Transit.Tracking.Api;

/// <summary>Live vehicles under /api/v1/transit/vehicles: where each is, which run it serves, how late, what comes next.</summary>
public static class VehicleEndpoints
{
    public static IEndpointRouteBuilder MapVehicleEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/transit/vehicles").WithTags("Transit").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/", List).WithName("ListTransitVehicles")
            .WithSummary("Live vehicles (optionally of one route): position, trip run, delay, headway, next stop and status, rejected-report counts.");
        group.MapGet("/{id}", Get).WithName("GetTransitVehicle").WithSummary("One live vehicle with its predictions for every stop ahead.");
        return endpoints;
    }

    public static Ok<IReadOnlyList<VehicleResponse>> List(string? routeId, LiveVehicleRegistry vehicles, ITransitNetworkProvider networkProvider)
    {
        var network = networkProvider.Current;
        return TypedResults.Ok<IReadOnlyList<VehicleResponse>>([.. vehicles.All()
            .Where(v => routeId is null || v.State.Trip?.Trip.Route.Id == routeId)
            .Select(v => VehicleResponses.From(v, network, withPredictions: false))]);
    }

    public static Results<Ok<VehicleResponse>, ProblemHttpResult> Get(string id, LiveVehicleRegistry vehicles, ITransitNetworkProvider networkProvider) =>
        vehicles.FindVehicle(id) is { } vehicle
            ? TypedResults.Ok(VehicleResponses.From(vehicle, networkProvider.Current, withPredictions: true))
            : TypedResults.Problem($"No live vehicle '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Vehicle not found");
}
