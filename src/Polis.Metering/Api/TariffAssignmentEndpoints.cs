using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Metering.Meters;
using Polis.Metering.Tariffs;
using Polis.Platform.Identity;

namespace Polis.Metering.Api;

/// <summary>Which tariff bills a service point's meter kind from a date: /api/v1/metering/service-points/{id}/tariffs.</summary>
public static class TariffAssignmentEndpoints
{
    public static IEndpointRouteBuilder MapMeteringTariffAssignmentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/metering/service-points/{id}/tariffs").WithTags("Metering").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/", ListAsync).WithName("ListServicePointTariffs").WithSummary("A service point's tariff assignments by meter kind, oldest first (its history).");
        group.MapPut("/{kind}", AssignAsync).WithName("AssignServicePointTariff")
            .WithSummary("Assigns a tariff to the service point's meters of a kind from a local date (added to the history).").RequireAuthorization(PolisPolicies.Write);
        return endpoints;
    }

    public static async Task<Results<Ok<IReadOnlyList<TariffAssignment>>, ProblemHttpResult>> ListAsync(
        string id, IServicePointStore servicePoints, TariffRegistry registry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(servicePoints);
        ArgumentNullException.ThrowIfNull(registry);
        return await servicePoints.GetAsync(id, cancellationToken) is null
            ? MeteringProblems.NotFound("service point", id)
            : TypedResults.Ok(await registry.Store.ListAssignmentsAsync(id, cancellationToken));
    }

    public static Task<Results<Ok<TariffAssignment>, ValidationProblem, ProblemHttpResult>> AssignAsync(
        string id, string kind, TariffAssignmentRequest request, ClaimsPrincipal user, TariffRegistry registry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(registry);
        var fields = new RequestFields();
        var meterKind = fields.Enum<MeterKind>(kind, "kind");
        fields.Required(request.TariffId, "tariffId", 100);
        if (!DateOnly.TryParseExact(request.From, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
        {
            fields.Fail("from", $"from is the local date the tariff bills from, written yyyy-MM-dd, not '{request.From}'.");
        }

        return RegistryResults.OkAsync((meterKind, fields.Errors), k => registry.AssignAsync(id, k, request.TariffId, from, user.ActorName(), cancellationToken), a => a);
    }
}
