using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Polis.Platform.Devices;
using Polis.Platform.Identity;

namespace Polis.Platform.Commands.Groups;

/// <summary>
/// Commands to many devices at once under /api/v1/commands/groups: a dry run lists the targets; execution is
/// paced, runs in the background and reports every device's outcome; a running group can be cancelled.
/// </summary>
public static class GroupCommandEndpoints
{
    public static IEndpointRouteBuilder MapGroupCommandEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/commands/groups").WithTags("Commands").RequireAuthorization(PolisPolicies.Read);
        group.MapPost("/", CreateAsync).WithName("CreateGroupCommand")
            .WithSummary("Targets devices by profile, district, label or polygon; dryRun lists them, otherwise the command runs paced in the background.")
            .RequireAuthorization(PolisPolicies.Write);
        group.MapGet("/", ListAsync).WithName("ListGroupCommands").WithSummary("Group commands with their progress, newest first.");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetGroupCommand").WithSummary("One group command with every device's outcome (filter by status, paged).");
        group.MapPost("/{id:guid}/cancel", CancelAsync).WithName("CancelGroupCommand").WithSummary("Stops a running group command; devices not yet reached are marked cancelled.").RequireAuthorization(PolisPolicies.Write);
        return endpoints;
    }

    public static async Task<Results<Ok<GroupDryRunResponse>, Accepted<GroupCommandResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        GroupCommandRequest? request, GroupCommandPlanner planner, IGroupCommandStore store, IOptions<GroupCommandOptions> options, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(planner);
        var plan = await planner.PlanAsync(request, cancellationToken);
        if (plan.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(plan.Errors);
        }

        if (plan.Devices.Count > options.Value.MaxDevices)
        {
            return Problem(StatusCodes.Status422UnprocessableEntity, "Too many devices", $"The target selects more than {options.Value.MaxDevices} devices; narrow it (district, label, polygon).");
        }

        if (request!.DryRun == true)
        {
            var devices = plan.Devices.Select(d => new GroupTargetDevice(d.Id, d.Name, d.ProfileId, d.District, planner.Sessions.IsConnected(d.Id))).ToList();
            return TypedResults.Ok(new GroupDryRunResponse(true, devices.Count, devices));
        }

        if (request.ExpectedCount is { } expected && expected != plan.Devices.Count)
        {
            return Problem(StatusCodes.Status409Conflict, "Target changed", $"The target now selects {plan.Devices.Count} devices, not the expected {expected}; review it with a dry run.");
        }

        if (plan.Devices.Count == 0)
        {
            return Problem(StatusCodes.Status422UnprocessableEntity, "No devices", "The target selects no device.");
        }

        var started = await planner.StartAsync(plan, user.ActorName(), cancellationToken);
        var counts = await store.CountAsync(started.Id, cancellationToken);
        return TypedResults.Accepted($"/api/v1/commands/groups/{started.Id}", GroupCommandResponse.From(started, counts));
    }

    public static async Task<Results<Ok<Page<GroupCommandResponse>>, ValidationProblem>> ListAsync(int? offset, int? limit, IGroupCommandStore store, CancellationToken cancellationToken)
    {
        if (offset is < 0 || limit is < 1 or > 500)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["paging"] = ["offset must be >= 0 and limit between 1 and 500."] });
        }

        var page = await store.ListAsync(offset ?? 0, limit ?? 50, cancellationToken);
        var items = new List<GroupCommandResponse>(page.Items.Count);
        foreach (var group in page.Items)
        {
            items.Add(GroupCommandResponse.From(group, await store.CountAsync(group.Id, cancellationToken)));
        }

        return TypedResults.Ok(new Page<GroupCommandResponse>(items, page.Total, page.Offset, page.Limit));
    }

    public static async Task<Results<Ok<GroupCommandResponse>, ValidationProblem, ProblemHttpResult>> GetAsync(
        Guid id, GroupDeviceStatus? status, int? offset, int? limit, IGroupCommandStore store, CancellationToken cancellationToken)
    {
        if (offset is < 0 || limit is < 1 or > 5_000)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["paging"] = ["offset must be >= 0 and limit between 1 and 5000."] });
        }

        if (await store.GetAsync(id, cancellationToken) is not { } group)
        {
            return NotFound(id);
        }

        var outcomes = await store.ListOutcomesAsync(id, status, offset ?? 0, limit ?? 1_000, cancellationToken);
        return TypedResults.Ok(GroupCommandResponse.From(group, await store.CountAsync(id, cancellationToken), outcomes));
    }

    public static async Task<Results<Ok<GroupCommandResponse>, ProblemHttpResult>> CancelAsync(Guid id, GroupCommandRunner runner, IGroupCommandStore store, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runner);
        if (await store.GetAsync(id, cancellationToken) is not { } group)
        {
            return NotFound(id);
        }

        if (group.Status != GroupCommandStatus.Running)
        {
            return Problem(StatusCodes.Status409Conflict, "Not running", $"Group command '{id}' is {group.Status.ToString().ToLowerInvariant()}.");
        }

        // The runner stops sending and marks the rest; if it does not hold the group (it already ended), mark it here.
        if (!runner.Cancel(id))
        {
            await store.FinishAsync(id, GroupCommandStatus.Cancelled, timeProvider.GetUtcNow(), cancellationToken);
        }

        var current = await store.GetAsync(id, cancellationToken);
        return TypedResults.Ok(GroupCommandResponse.From(current!, await store.CountAsync(id, cancellationToken)));
    }


    private static ProblemHttpResult NotFound(Guid id) => Problem(StatusCodes.Status404NotFound, "Group command not found", $"Group command '{id}' does not exist.");

    private static ProblemHttpResult Problem(int status, string title, string detail) => TypedResults.Problem(detail, statusCode: status, title: title);
}
