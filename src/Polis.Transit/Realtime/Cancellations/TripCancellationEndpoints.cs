using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Platform.Devices;
using Polis.Platform.Identity;

namespace Polis.Transit.Realtime.Cancellations;

/// <summary>
/// Run cancellations under /api/v1/transit/cancellations: operators cancel a run (it becomes a CANCELED trip update
/// and a NO_SERVICE alert) and reinstate it by deleting the cancellation.
/// </summary>
public static class TripCancellationEndpoints
{
    public static IEndpointRouteBuilder MapTripCancellationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/transit/cancellations").WithTags("Transit").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/", ListAsync).WithName("ListTripCancellations").WithSummary("Cancelled runs, past ones included.");
        group.MapGet("/{id}", GetAsync).WithName("GetTripCancellation").WithSummary("One cancelled run.");
        group.MapPost("/", CreateAsync).WithName("CancelTrip").WithSummary("Cancels one run of a trip (checked against the active GTFS feed).")
            .RequireAuthorization(PolisPolicies.Write);
        group.MapDelete("/{id}", DeleteAsync).WithName("ReinstateTrip").WithSummary("Withdraws a cancellation: the run is reinstated and its alert removed.")
            .RequireAuthorization(PolisPolicies.Write);
        return endpoints;
    }

    public static async Task<Ok<IReadOnlyList<TripCancellation>>> ListAsync(ITripCancellationStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListAsync(cancellationToken));

    public static async Task<Results<Ok<TripCancellation>, ProblemHttpResult>> GetAsync(string id, ITripCancellationStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } cancellation ? TypedResults.Ok(cancellation) : NotFound(id);

    public static async Task<Results<Created<TripCancellation>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        TripCancellationRequest? request, TripCancellationService cancellations, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await cancellations.CreateAsync(request, user.ActorName(), cancellationToken);
        return result.Status switch
        {
            OperationStatus.Ok => TypedResults.Created($"/api/v1/transit/cancellations/{result.Value!.Id}", result.Value),
            OperationStatus.Conflict => TypedResults.Problem(result.Detail, statusCode: StatusCodes.Status409Conflict, title: "Already cancelled"),
            _ => TypedResults.ValidationProblem(result.Errors!, title: "The cancellation is invalid; nothing was stored."),
        };
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, ITripCancellationStore store, CancellationToken cancellationToken) =>
        await store.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : NotFound(id);

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(TripCancellationService.NotFoundDetail(id), statusCode: StatusCodes.Status404NotFound, title: "Cancellation not found");
}
