using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Platform.Devices;
using Polis.Platform.Identity;

namespace Polis.Transit.Realtime.Alerts;

/// <summary>
/// Service alerts under /api/v1/transit/alerts: every signed-in user reads them, operators and admins write them.
/// What is stored here (and Polis's automatic alerts) is what /gtfs-rt/alerts publishes while it is current.
/// </summary>
public static class TransitAlertEndpoints
{
    public static IEndpointRouteBuilder MapTransitAlertEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/transit/alerts").WithTags("Transit").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/", ListAsync).WithName("ListTransitAlerts").WithSummary("Service alerts, operators' and automatic ones, ended ones included.");
        group.MapGet("/{id}", GetAsync).WithName("GetTransitAlert").WithSummary("One service alert.");
        group.MapPost("/", CreateAsync).WithName("CreateTransitAlert").WithSummary("Creates a service alert; ids are checked against the active GTFS feed.")
            .RequireAuthorization(PolisPolicies.Write);
        group.MapPut("/{id}", ReplaceAsync).WithName("ReplaceTransitAlert").WithSummary("Replaces a service alert's content.").RequireAuthorization(PolisPolicies.Write);
        group.MapDelete("/{id}", DeleteAsync).WithName("DeleteTransitAlert").WithSummary("Deletes a service alert (it leaves the feed).").RequireAuthorization(PolisPolicies.Write);
        return endpoints;
    }

    public static async Task<Ok<IReadOnlyList<ServiceAlert>>> ListAsync(IServiceAlertStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListAsync(cancellationToken));

    public static async Task<Results<Ok<ServiceAlert>, ProblemHttpResult>> GetAsync(string id, IServiceAlertStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } alert ? TypedResults.Ok(alert) : NotFound(id);

    public static async Task<Results<Created<ServiceAlert>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        ServiceAlertRequest? request, ServiceAlertService alerts, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await alerts.CreateAsync(request, user.ActorName(), cancellationToken);
        return result.Status switch
        {
            OperationStatus.Ok => TypedResults.Created($"/api/v1/transit/alerts/{result.Value!.Id}", result.Value),
            OperationStatus.Conflict => TypedResults.Problem(result.Detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict"),
            _ => TypedResults.ValidationProblem(result.Errors!, title: "The alert is invalid; nothing was stored."),
        };
    }

    public static async Task<Results<Ok<ServiceAlert>, ValidationProblem, ProblemHttpResult>> ReplaceAsync(
        string id, ServiceAlertRequest? request, ServiceAlertService alerts, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await alerts.ReplaceAsync(id, request, user.ActorName(), cancellationToken);
        return result.Status switch
        {
            OperationStatus.Ok => TypedResults.Ok(result.Value!),
            OperationStatus.NotFound => NotFound(id),
            _ => TypedResults.ValidationProblem(result.Errors!, title: "The alert is invalid; nothing was changed."),
        };
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, IServiceAlertStore store, CancellationToken cancellationToken) =>
        await store.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : NotFound(id);

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(ServiceAlertService.NotFoundDetail(id), statusCode: StatusCodes.Status404NotFound, title: "Alert not found");
}
