using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Metering.Meters;
using Polis.Platform.Devices;
using Polis.Platform.Identity;

namespace Polis.Metering.Api;

/// <summary>Service points under /api/v1/metering/service-points, with the installations of meters there over time.</summary>
public static class ServicePointEndpoints
{
    public static IEndpointRouteBuilder MapMeteringServicePointEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/metering/service-points").WithTags("Metering").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/", ListAsync).WithName("ListServicePoints").WithSummary("Service points by id, filtered by account, district or feeder meter.");
        group.MapPost("/", CreateAsync).WithName("CreateServicePoint").WithSummary("Creates a service point of an account.").RequireAuthorization(PolisPolicies.Write);
        group.MapGet("/{id}", GetAsync).WithName("GetServicePoint").WithSummary("One service point.");
        group.MapPut("/{id}", UpdateAsync).WithName("UpdateServicePoint").WithSummary("Replaces a service point's fields.").RequireAuthorization(PolisPolicies.Write);
        group.MapDelete("/{id}", DeleteAsync).WithName("DeleteServicePoint").WithSummary("Deletes a service point no installation names.").RequireAuthorization(PolisPolicies.Write);
        group.MapGet("/{id}/installations", ListInstallationsAsync).WithName("ListServicePointInstallations").WithSummary("The meters installed at a service point over time, oldest first.");
        return endpoints;
    }

    public static async Task<Results<Ok<Page<ServicePointResponse>>, ValidationProblem>> ListAsync(
        ServicePointRegistry registry, string? accountId, string? districtId, string? feederMeterId, int? offset, int? limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var paging = Paging.Check(offset, limit);
        if (paging.Errors is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = await registry.Store.ListAsync(new ServicePointQuery(accountId, districtId, feederMeterId, paging.Offset, paging.Limit), cancellationToken);
        return TypedResults.Ok(new Page<ServicePointResponse>(page.Items.Select(ServicePointResponse.From).ToList(), page.Total, page.Offset, page.Limit));
    }

    public static Task<Results<Created<ServicePointResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        ServicePointRequest request, ServicePointRegistry registry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(registry);
        return RegistryResults.CreatedAsync(request.ToServicePoint(null), s => registry.CreateAsync(s, cancellationToken),
            s => $"/api/v1/metering/service-points/{s.Id}", ServicePointResponse.From);
    }

    public static async Task<Results<Ok<ServicePointResponse>, ProblemHttpResult>> GetAsync(string id, ServicePointRegistry registry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return await registry.Store.GetAsync(id, cancellationToken) is { } servicePoint
            ? TypedResults.Ok(ServicePointResponse.From(servicePoint))
            : MeteringProblems.NotFound("service point", id);
    }

    public static Task<Results<Ok<ServicePointResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string id, ServicePointRequest request, ServicePointRegistry registry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(registry);
        return RegistryResults.OkAsync(request.ToServicePoint(id), s => registry.UpdateAsync(s, cancellationToken), ServicePointResponse.From);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, ServicePointRegistry registry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return MeteringProblems.Deleted(await registry.DeleteAsync(id, cancellationToken), "service point", id, "meters were installed there (installations keep its history)");
    }

    public static async Task<Results<Ok<IReadOnlyList<Installation>>, ProblemHttpResult>> ListInstallationsAsync(
        string id, ServicePointRegistry registry, InstallationRegistry installations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(installations);
        return await registry.Store.GetAsync(id, cancellationToken) is null
            ? MeteringProblems.NotFound("service point", id)
            : TypedResults.Ok(await installations.Store.ListAsync(new InstallationQuery(ServicePointId: id), cancellationToken));
    }
}
