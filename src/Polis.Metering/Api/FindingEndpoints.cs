using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Metering.Detection;
using Polis.Platform.Devices;
using Polis.Platform.Identity;

namespace Polis.Metering.Api;

/// <summary>Leak, theft and anomaly findings under /api/v1/metering: listing, one finding, and on-demand runs.</summary>
public static class FindingEndpoints
{
    public static IEndpointRouteBuilder MapMeteringFindingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/metering").WithTags("Metering").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/findings", ListAsync).WithName("ListMeteringFindings")
            .WithSummary("Findings, newest first, filtered by kind (night-flow, continuous-flow, tamper, zero-use, losses, spike, change-point), status, district or meter.");
        group.MapGet("/findings/{id:long}", GetAsync).WithName("GetMeteringFinding").WithSummary("One finding with its evidence.");
        group.MapPost("/detection/run", RunAsync).WithName("RunMeteringDetection")
            .WithSummary("Runs detection over the local days [from, to), for every meter or the meterIds given; answers what it opened, updated and resolved.")
            .RequireAuthorization(PolisPolicies.Write);
        return endpoints;
    }

    public static async Task<Results<Ok<Page<FindingResponse>>, ValidationProblem>> ListAsync(
        IFindingStore store, string? kind, string? status, string? districtId, string? meterId, int? offset, int? limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var paging = Paging.Check(offset, limit);
        var fields = new RequestFields();
        FindingKind? parsedKind = kind is null ? null : fields.Enum<FindingKind>(kind, "kind");
        FindingStatus? parsedStatus = status is null ? null : fields.Enum<FindingStatus>(status, "status");
        if (paging.Errors is not null || !fields.IsValid)
        {
            return TypedResults.ValidationProblem(paging.Errors ?? fields.Errors);
        }

        var page = await store.ListAsync(new FindingQuery(parsedKind, parsedStatus, Blank(districtId), Blank(meterId), paging.Offset, paging.Limit), cancellationToken);
        return TypedResults.Ok(new Page<FindingResponse>(page.Items.Select(FindingResponse.From).ToList(), page.Total, page.Offset, page.Limit));
    }

    public static async Task<Results<Ok<FindingResponse>, ProblemHttpResult>> GetAsync(long id, IFindingStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return await store.GetAsync(id, cancellationToken) is { } finding
            ? TypedResults.Ok(FindingResponse.From(finding))
            : MeteringProblems.NotFound("finding", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public static async Task<Results<Ok<DetectionRunResult>, ValidationProblem>> RunAsync(DetectionRunRequest request, DetectionRunner runner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(runner);
        var fields = new RequestFields();
        var (from, to) = LocalDateRange.Parse(fields, request.From, request.To);
        if (request.MeterIds is { } ids && (ids.Count > 10_000 || ids.Any(string.IsNullOrWhiteSpace)))
        {
            fields.Fail("meterIds", "meterIds is a list of at most 10,000 meter ids, none blank.");
        }

        return fields.IsValid
            ? TypedResults.Ok(await runner.RunAsync(from, to, request.MeterIds, cancellationToken))
            : TypedResults.ValidationProblem(fields.Errors);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
