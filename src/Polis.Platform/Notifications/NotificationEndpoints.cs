using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Platform.Devices;
using Polis.Platform.Identity;

namespace Polis.Platform.Notifications;

/// <summary>Webhook targets and delivery attempts under /api/v1/notifications.</summary>
public static class NotificationEndpoints
{
    public static IEndpointRouteBuilder MapNotificationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/notifications").WithTags("Notifications").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/targets", ListTargetsAsync).WithName("ListNotificationTargets").WithSummary("Webhook targets with their filters.");
        group.MapPost("/targets", CreateTargetAsync).WithName("CreateNotificationTarget").WithSummary("Adds a webhook target chosen by severity, profile or district.").RequireAuthorization(PolisPolicies.Write);
        group.MapPut("/targets/{id:guid}", UpdateTargetAsync).WithName("UpdateNotificationTarget").WithSummary("Replaces a webhook target.").RequireAuthorization(PolisPolicies.Write);
        group.MapDelete("/targets/{id:guid}", DeleteTargetAsync).WithName("DeleteNotificationTarget").WithSummary("Removes a webhook target and its deliveries.").RequireAuthorization(PolisPolicies.Write);
        group.MapGet("/deliveries", ListDeliveriesAsync).WithName("ListNotificationDeliveries").WithSummary("Deliveries with their attempts, newest first.");
        return endpoints;
    }

    public static async Task<Ok<IReadOnlyList<NotificationTarget>>> ListTargetsAsync(INotificationStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListTargetsAsync(cancellationToken));

    public static async Task<Results<Created<NotificationTarget>, ValidationProblem>> CreateTargetAsync(TargetRequest request, INotificationStore store, CancellationToken cancellationToken)
    {
        var (target, errors) = request.ToTarget(Guid.NewGuid());
        if (target is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await store.UpsertTargetAsync(target, cancellationToken);
        return TypedResults.Created($"/api/v1/notifications/targets/{target.Id}", target);
    }

    public static async Task<Results<Ok<NotificationTarget>, ValidationProblem, ProblemHttpResult>> UpdateTargetAsync(Guid id, TargetRequest request, INotificationStore store, CancellationToken cancellationToken)
    {
        var (target, errors) = request.ToTarget(id);
        if (target is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await store.GetTargetAsync(id, cancellationToken) is null)
        {
            return NotFound(id);
        }

        await store.UpsertTargetAsync(target, cancellationToken);
        return TypedResults.Ok(target);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteTargetAsync(Guid id, INotificationStore store, CancellationToken cancellationToken) =>
        await store.DeleteTargetAsync(id, cancellationToken) ? TypedResults.NoContent() : NotFound(id);

    public static async Task<Results<Ok<Page<DeliveryResponse>>, ValidationProblem>> ListDeliveriesAsync(
        Guid? targetId, Guid? alarmId, DeliveryStatus? status, int? offset, int? limit, INotificationStore store, CancellationToken cancellationToken)
    {
        if (offset is < 0 || limit is < 1 or > 500)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["paging"] = ["offset must be >= 0 and limit between 1 and 500."] });
        }

        var page = await store.QueryDeliveriesAsync(targetId, alarmId, status, offset ?? 0, limit ?? 100, cancellationToken);
        var items = new List<DeliveryResponse>(page.Items.Count);
        foreach (var delivery in page.Items)
        {
            items.Add(new DeliveryResponse(delivery, await store.GetAttemptsAsync(delivery.Id, cancellationToken)));
        }

        return TypedResults.Ok(new Page<DeliveryResponse>(items, page.Total, page.Offset, page.Limit));
    }

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem($"Notification target '{id}' does not exist.", statusCode: StatusCodes.Status404NotFound, title: "Target not found");
}
