using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Metering.Meters;
using Polis.Platform.Devices;
using Polis.Platform.Identity;

namespace Polis.Metering.Api;

/// <summary>Meters under /api/v1/metering/meters: registration, their installations, and exchange.</summary>
public static class MeterEndpoints
{
    public static IEndpointRouteBuilder MapMeteringMeterEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/metering/meters").WithTags("Metering").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/", ListAsync).WithName("ListMeters").WithSummary("Meters by id, filtered by kind or device; q matches id or serial.");
        group.MapPost("/", CreateAsync).WithName("CreateMeter")
            .WithSummary("Registers a meter; with a deviceId its readings are filed under it from now on and its telemetry history is back-filled.")
            .RequireAuthorization(PolisPolicies.Write);
        group.MapGet("/{id}", GetAsync).WithName("GetMeter").WithSummary("One meter.");
        group.MapPut("/{id}", UpdateAsync).WithName("UpdateMeter").WithSummary("Replaces a meter's fields (its kind cannot change).").RequireAuthorization(PolisPolicies.Write);
        group.MapDelete("/{id}", DeleteAsync).WithName("DeleteMeter").WithSummary("Deletes a meter with no installation, reads or intervals.").RequireAuthorization(PolisPolicies.Write);
        group.MapGet("/{id}/installations", ListInstallationsAsync).WithName("ListMeterInstallations").WithSummary("Where a meter has been installed, oldest first.");
        group.MapPost("/{id}/exchange", ExchangeAsync).WithName("ExchangeMeter")
            .WithSummary("Exchanges a meter: its installation ends with the final read, the new meter's starts at the same service point with the initial read.")
            .RequireAuthorization(PolisPolicies.Write);
        return endpoints;
    }

    public static async Task<Results<Ok<Page<MeterResponse>>, ValidationProblem>> ListAsync(
        MeterRegistry registry, string? kind, string? deviceId, string? q, int? offset, int? limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var paging = Paging.Check(offset, limit);
        var fields = new RequestFields();
        MeterKind? parsedKind = kind is null ? null : fields.Enum<MeterKind>(kind, "kind");
        if (paging.Errors is { } errors || !fields.IsValid)
        {
            return TypedResults.ValidationProblem(paging.Errors ?? fields.Errors);
        }

        var page = await registry.Store.ListAsync(new MeterQuery(parsedKind, deviceId, string.IsNullOrWhiteSpace(q) ? null : q.Trim(), paging.Offset, paging.Limit), cancellationToken);
        return TypedResults.Ok(new Page<MeterResponse>(page.Items.Select(MeterResponse.From).ToList(), page.Total, page.Offset, page.Limit));
    }

    public static Task<Results<Created<MeterResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(MeterRequest request, MeterRegistry registry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(registry);
        return RegistryResults.CreatedAsync(request.ToMeter(null), m => registry.CreateAsync(m, cancellationToken), m => $"/api/v1/metering/meters/{m.Id}", MeterResponse.From);
    }

    public static async Task<Results<Ok<MeterResponse>, ProblemHttpResult>> GetAsync(string id, MeterRegistry registry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return await registry.Store.GetAsync(id, cancellationToken) is { } meter ? TypedResults.Ok(MeterResponse.From(meter)) : MeteringProblems.NotFound("meter", id);
    }

    public static Task<Results<Ok<MeterResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string id, MeterRequest request, MeterRegistry registry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(registry);
        return RegistryResults.OkAsync(request.ToMeter(id), m => registry.UpdateAsync(m, cancellationToken), MeterResponse.From);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, MeterRegistry registry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return MeteringProblems.Deleted(await registry.DeleteAsync(id, cancellationToken), "meter", id,
            "it has installations, register reads or interval values, or is a service point's feeder meter (its history stays)");
    }

    public static async Task<Results<Ok<IReadOnlyList<Installation>>, ProblemHttpResult>> ListInstallationsAsync(
        string id, MeterRegistry registry, InstallationRegistry installations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(installations);
        return await registry.Store.GetAsync(id, cancellationToken) is null
            ? MeteringProblems.NotFound("meter", id)
            : TypedResults.Ok(await installations.Store.ListAsync(new InstallationQuery(MeterId: id), cancellationToken));
    }

    public static Task<Results<Ok<ExchangeResponse>, ValidationProblem, ProblemHttpResult>> ExchangeAsync(
        string id, ExchangeRequest request, InstallationRegistry installations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(installations);
        return RegistryResults.OkAsync(request.ToExchange(id), x => installations.ExchangeAsync(x, cancellationToken), save => new ExchangeResponse(save.Ended!, save.Saved!));
    }
}
