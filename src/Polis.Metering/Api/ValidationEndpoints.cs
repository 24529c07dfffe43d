using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Polis.Metering.Meters;
using Polis.Metering.Processing;
using Polis.Platform.City;
using Polis.Platform.Devices;
using Polis.Platform.Identity;

namespace Polis.Metering.Api;

/// <summary>Validation in production under /api/v1/metering: analyst edits, forced re-validation, VEE statistics and the queue.</summary>
public static class ValidationEndpoints
{
    /// <summary>How many waiting meters the queue endpoint lists.</summary>
    public const int QueueListed = 100;

    public static IEndpointRouteBuilder MapMeteringValidationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/metering").WithTags("Metering").RequireAuthorization(PolisPolicies.Read);
        group.MapPost("/meters/{id}/intervals/edits", EditAsync).WithName("EditMeterIntervals")
            .WithSummary("An analyst edit of [from, to): set, accept or estimate, with a reason; audited, and re-applied whenever the range is re-validated.")
            .RequireAuthorization(PolisPolicies.Write);
        group.MapGet("/meters/{id}/intervals/edits", ListEditsAsync).WithName("ListMeterIntervalEdits")
            .WithSummary("The analyst edits overlapping [from, to), oldest first.");
        group.MapPost("/meters/{id}/revalidate", RevalidateAsync).WithName("RevalidateMeter")
            .WithSummary("Queues the meter for re-validation from the local day of `from` to its latest read.")
            .RequireAuthorization(PolisPolicies.Write);
        group.MapGet("/vee/stats", StatsAsync).WithName("GetVeeStats")
            .WithSummary("Interval values in [from, to) by quality, rule and local day; missing intervals; the meters with most Questionable values.");
        group.MapGet("/vee/queue", QueueAsync).WithName("GetVeeQueue").WithSummary("Meters waiting for validation: how many, the oldest dirty instant, the first 100.");
        return endpoints;
    }

    public static async Task<Results<Ok<IntervalEditResponse>, ValidationProblem, ProblemHttpResult>> EditAsync(
        string id, IntervalEditRequest body, ClaimsPrincipal user, AnalystEditor editor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(editor);
        var (edit, errors) = body.ToEdit(user.ActorName());
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = await editor.ApplyAsync(id, edit, cancellationToken);
        return result.Status switch
        {
            OperationStatus.Ok => TypedResults.Ok(IntervalEditResponse.Of(result.Value!.Edit) with { Changed = [.. result.Value.Changed.Select(IntervalResponse.From)] }),
            OperationStatus.Invalid => TypedResults.ValidationProblem(result.Errors!),
            _ => MeteringProblems.NotFound("meter", id),
        };
    }

    public static async Task<Results<Ok<IReadOnlyList<IntervalEditResponse>>, ValidationProblem, ProblemHttpResult>> ListEditsAsync(
        string id, string? from, string? to, HttpRequest request, IMeterStore meters, IIntervalEditStore edits, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(edits);
        var (range, errors) = SeriesRange.Parse(request, from, to, null, "json", time.GetUtcNow());
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await meters.GetAsync(id, cancellationToken) is null
            ? MeteringProblems.NotFound("meter", id)
            : TypedResults.Ok<IReadOnlyList<IntervalEditResponse>>([.. (await edits.ListAsync(id, range.From, range.To, cancellationToken)).Select(IntervalEditResponse.Of)]);
    }

    public static async Task<Results<Accepted<ValidationQueueSummary>, ValidationProblem, ProblemHttpResult>> RevalidateAsync(
        string id, string? from, string? to, IDirtyMeterStore queue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queue);
        var fields = new RequestFields();
        var start = fields.Instant(from, "from", required: true);
        if (fields.Instant(to, "to", required: false) is { } end && start is { } begin && end <= begin)
        {
            fields.Fail("to", "to must be after from: the range is [from, to).");
        }

        if (!fields.IsValid)
        {
            return TypedResults.ValidationProblem(fields.Errors);
        }

        return await queue.MarkAsync(id, start!.Value, cancellationToken)
            ? TypedResults.Accepted($"/api/v1/metering/vee/queue", await queue.SummarizeAsync(QueueListed, cancellationToken))
            : MeteringProblems.NotFound("meter", id);
    }

    public static async Task<Results<Ok<VeeStats>, ValidationProblem>> StatsAsync(
        string? from, string? to, string? districtId, string? kind, HttpRequest request, IVeeStatsStore store, IOptions<CityOptions> city, TimeProvider time,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(city);
        var (range, errors) = SeriesRange.Parse(request, from, to, null, "json", time.GetUtcNow());
        var fields = new RequestFields();
        MeterKind? parsedKind = kind is null ? null : fields.Enum<MeterKind>(kind, "kind");
        foreach (var (field, messages) in fields.Errors)
        {
            errors[field] = messages;
        }

        if (errors.Count == 0 && range.To - range.From > SeriesRange.MaxIntervalSpan)
        {
            errors["to"] = [$"Statistics cover at most {SeriesRange.MaxIntervalSpan.TotalDays:0} days a request."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = new VeeStatsQuery(range.From, range.To, string.IsNullOrWhiteSpace(districtId) ? null : districtId.Trim(), parsedKind);
        return TypedResults.Ok(VeeStatistics.Build(query, await store.AggregateAsync(query, cancellationToken), city.Value.Zone));
    }

    public static async Task<Ok<ValidationQueueSummary>> QueueAsync(IDirtyMeterStore queue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queue);
        return TypedResults.Ok(await queue.SummarizeAsync(QueueListed, cancellationToken));
    }
}
