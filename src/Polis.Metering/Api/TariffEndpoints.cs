using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Metering.Meters;
using Polis.Metering.Tariffs;
using Polis.Platform.Devices;
using Polis.Platform.Identity;

namespace Polis.Metering.Api;

/// <summary>
/// Tariffs under /api/v1/metering/tariffs: the body is the tariff's JSON document (TariffJson); validation errors are
/// keyed by JSON path; a version issued bills used never changes retroactively (409).
/// </summary>
public static class TariffEndpoints
{
    public static IEndpointRouteBuilder MapMeteringTariffEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/metering/tariffs").WithTags("Metering").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/", ListAsync).WithName("ListTariffs").WithSummary("Tariffs by id, of one meter kind when kind is given.");
        group.MapPost("/", CreateAsync).WithName("CreateTariff").WithSummary("Creates a tariff from its JSON document (validated).")
            .Accepts<Tariff>("application/json").RequireAuthorization(PolisPolicies.Write);
        group.MapGet("/{id}", GetAsync).WithName("GetTariff").WithSummary("A tariff's JSON document.");
        group.MapPut("/{id}", UpdateAsync).WithName("UpdateTariff").WithSummary("Replaces a tariff's document; versions issued bills used cannot change.")
            .Accepts<Tariff>("application/json").RequireAuthorization(PolisPolicies.Write);
        group.MapDelete("/{id}", DeleteAsync).WithName("DeleteTariff").WithSummary("Deletes a tariff no service point is assigned and no bill names.").RequireAuthorization(PolisPolicies.Write);
        group.MapGet("/{id}/history", HistoryAsync).WithName("GetTariffHistory").WithSummary("Every document the tariff had, with who changed it and when.");
        return endpoints;
    }

    public static async Task<Results<Ok<List<TariffSummary>>, ValidationProblem>> ListAsync(TariffRegistry registry, string? kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var fields = new RequestFields();
        MeterKind? filter = kind is null ? null : fields.Enum<MeterKind>(kind, "kind");
        return fields.IsValid
            ? TypedResults.Ok((await registry.Store.ListAsync(filter, cancellationToken)).Select(TariffSummary.From).ToList())
            : TypedResults.ValidationProblem(fields.Errors);
    }

    public static async Task<Results<JsonHttpResult<Tariff>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpRequest request, ClaimsPrincipal user, TariffRegistry registry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(registry);
        var (tariff, problem) = await TariffBody.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var result = await registry.CreateAsync(tariff!, user.ActorName(), cancellationToken);
        if (result.Status == OperationStatus.Ok)
        {
            request.HttpContext.Response.Headers.Location = $"/api/v1/metering/tariffs/{Uri.EscapeDataString(tariff!.Id)}";
        }

        return Answer(result, StatusCodes.Status201Created);
    }

    public static async Task<Results<JsonHttpResult<Tariff>, ProblemHttpResult>> GetAsync(string id, TariffRegistry registry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return await registry.Store.GetAsync(id, cancellationToken) is { } stored ? TariffBody.Document(stored.Tariff) : MeteringProblems.NotFound("tariff", id);
    }

    public static async Task<Results<JsonHttpResult<Tariff>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string id, HttpRequest request, ClaimsPrincipal user, TariffRegistry registry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var (tariff, problem) = await TariffBody.ReadAsync(request, cancellationToken);
        return problem ?? Answer(await registry.UpdateAsync(id, tariff!, user.ActorName(), cancellationToken), StatusCodes.Status200OK);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, ClaimsPrincipal user, TariffRegistry registry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return MeteringProblems.Deleted(await registry.DeleteAsync(id, user.ActorName(), cancellationToken), "tariff", id, "a service point is assigned it or a bill names it");
    }

    public static async Task<Results<JsonHttpResult<IReadOnlyList<TariffHistoryEntry>>, ProblemHttpResult>> HistoryAsync(string id, TariffRegistry registry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var history = await registry.Store.ListHistoryAsync(id, cancellationToken);
        return history.Count == 0 ? MeteringProblems.NotFound("tariff", id) : TypedResults.Json(history, Tariffs.TariffJson.Options);
    }

    private static Results<JsonHttpResult<Tariff>, ValidationProblem, ProblemHttpResult> Answer(OperationResult<StoredTariff> result, int okStatus) => result.Status switch
    {
        OperationStatus.Ok => TariffBody.Document(result.Value!.Tariff, okStatus),
        OperationStatus.Invalid => TypedResults.ValidationProblem(result.Errors!),
        _ => MeteringProblems.Failed(result),
    };
}
