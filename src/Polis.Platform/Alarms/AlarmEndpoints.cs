using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Platform.Devices;
using Polis.Platform.Identity;

namespace Polis.Platform.Alarms;

/// <summary>The alarm console's API under /api/v1/alarms.</summary>
public static class AlarmEndpoints
{
    public static IEndpointRouteBuilder MapAlarmEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/alarms").WithTags("Alarms").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/", ListAsync).WithName("ListAlarms").WithSummary("Alarms with filters (status, severity, device, rule, profile, district, assignee, time) and paging, newest first.");
        group.MapGet("/summary", SummaryAsync).WithName("AlarmSummary").WithSummary("Open alarms per district and severity.");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetAlarm").WithSummary("One alarm with its full history and comments.");
        group.MapPost("/{id:guid}/ack", AcknowledgeAsync).WithName("AcknowledgeAlarm").WithSummary("Acknowledges an alarm.").RequireAuthorization(PolisPolicies.Write);
        group.MapPost("/{id:guid}/clear", ClearAsync).WithName("ClearAlarm").WithSummary("Clears an alarm; its history is kept.").RequireAuthorization(PolisPolicies.Write);
        group.MapPut("/{id:guid}/assignee", AssignAsync).WithName("AssignAlarm").WithSummary("Assigns (or with null, unassigns) an alarm.").RequireAuthorization(PolisPolicies.Write);
        group.MapPost("/{id:guid}/comments", CommentAsync).WithName("CommentAlarm").WithSummary("Adds a comment to an alarm's history.").RequireAuthorization(PolisPolicies.Write);
        return endpoints;
    }

    public static async Task<Results<Ok<Page<AlarmResponse>>, ValidationProblem>> ListAsync(
        string? status, string? severity, string? deviceId, string? ruleId, string? profile, string? district, string? assignee,
        string? from, string? to, int? offset, int? limit, IAlarmStore store, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var query = AlarmQueryParser.Parse(status, severity, deviceId, ruleId, profile, district, assignee, from, to, offset, limit, errors);
        if (query is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = await store.QueryAsync(query, cancellationToken);
        return TypedResults.Ok(new Page<AlarmResponse>(page.Items.Select(a => AlarmResponse.From(a)).ToList(), page.Total, page.Offset, page.Limit));
    }

    public static async Task<Ok<IReadOnlyList<DistrictAlarmCount>>> SummaryAsync(IAlarmStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.CountOpenByDistrictAsync(cancellationToken));

    public static async Task<Results<Ok<AlarmResponse>, ProblemHttpResult>> GetAsync(Guid id, IAlarmStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } alarm
            ? TypedResults.Ok(AlarmResponse.From(alarm, await store.GetHistoryAsync(id, cancellationToken)))
            : NotFound(id);

    public static async Task<Results<Ok<AlarmResponse>, ProblemHttpResult>> AcknowledgeAsync(Guid id, AlarmService alarms, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Answer(id, await alarms.AcknowledgeAsync(id, user.ActorName(), cancellationToken));

    public static async Task<Results<Ok<AlarmResponse>, ProblemHttpResult>> ClearAsync(Guid id, AlarmService alarms, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Answer(id, await alarms.ClearAsync(id, user.ActorName(), cancellationToken));

    public static async Task<Results<Ok<AlarmResponse>, ValidationProblem, ProblemHttpResult>> AssignAsync(
        Guid id, AssignRequest request, AlarmService alarms, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var assignee = string.IsNullOrWhiteSpace(request.Assignee) ? null : request.Assignee.Trim();
        if (assignee is { Length: > AlarmService.MaxAssigneeLength })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["assignee"] = [$"At most {AlarmService.MaxAssigneeLength} characters."] });
        }

        var alarm = await alarms.AssignAsync(id, assignee, user.ActorName(), cancellationToken);
        return alarm is null ? NotFound(id) : TypedResults.Ok(AlarmResponse.From(alarm));
    }

    public static async Task<Results<Created<AlarmEvent>, ValidationProblem, ProblemHttpResult>> CommentAsync(
        Guid id, CommentRequest request, AlarmService alarms, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Text) || request.Text.Length > AlarmService.MaxCommentLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [$"A comment of 1 to {AlarmService.MaxCommentLength} characters is required."] });
        }

        var comment = await alarms.CommentAsync(id, request.Text.Trim(), user.ActorName(), cancellationToken);
        return comment is null ? NotFound(id) : TypedResults.Created($"/api/v1/alarms/{id}", comment);
    }

    private static Results<Ok<AlarmResponse>, ProblemHttpResult> Answer(Guid id, Alarm? alarm) =>
        alarm is null ? NotFound(id) : TypedResults.Ok(AlarmResponse.From(alarm));

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem($"Alarm '{id}' does not exist.", statusCode: StatusCodes.Status404NotFound, title: "Alarm not found");
}
