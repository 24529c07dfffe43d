using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Platform.Identity;

namespace Polis.Citizens.Notifications;

/// <summary>
/// The signed-in resident's inbox under /api/v1/me/notifications: what happened to their reports, newest first, and
/// marking a notification read. Another resident's notification answers 404, as an unknown one does.
/// </summary>
public static class ResidentNotificationEndpoints
{
    public const int MaxLimit = 100;

    public static IEndpointRouteBuilder MapResidentNotificationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/me/notifications").WithTags("Residents").RequireAuthorization(PolisPolicies.Resident);
        group.MapGet("/", ListAsync).WithName("ListMyNotifications").WithSummary("The resident's notifications newest first (unread only with unread=true).");
        group.MapPost("/{id:long}/read", MarkReadAsync).WithName("ReadMyNotification").WithSummary("Marks one of the resident's notifications read.");
        return endpoints;
    }

    public static async Task<Results<Ok<List<ResidentNotificationResponse>>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user, IResidentNotificationStore store, bool? unread, int? offset, int? limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (offset is < 0 || limit is < 1 or > MaxLimit)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["paging"] = [$"offset must be >= 0 and limit between 1 and {MaxLimit}."],
            });
        }

        var found = await store.ListAsync(UserId(user), unread ?? false, offset ?? 0, limit ?? 20, cancellationToken);
        return TypedResults.Ok(found.Select(ResidentNotificationResponse.From).ToList());
    }

    public static async Task<Results<Ok<ResidentNotificationResponse>, ProblemHttpResult>> MarkReadAsync(
        long id, ClaimsPrincipal user, IResidentNotificationStore store, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(timeProvider);
        return await store.MarkReadAsync(UserId(user), id, timeProvider.GetUtcNow(), cancellationToken) is { } read
            ? TypedResults.Ok(ResidentNotificationResponse.From(read))
            : TypedResults.Problem($"There is no notification '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Unknown notification");
    }

    private static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
}
