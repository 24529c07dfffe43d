using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Citizens.Reports.Api;
using Polis.Platform.Identity;

namespace Polis.Citizens.Reports.Catalogue;

/// <summary>
/// The service catalogue under /api/v1/citizens/services: operators define what residents can report (and Open311
/// publishes). Services are deactivated, never deleted, because reports keep naming them.
/// </summary>
public static class ServiceCatalogueEndpoints
{
    public static IEndpointRouteBuilder MapServiceCatalogueEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/citizens/services").WithTags("Citizens").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/", ListAsync).WithName("ListReportServices").WithSummary("Every service by code; deactivated ones too when includeInactive=true.");
        group.MapPost("/", CreateAsync).WithName("CreateReportService").WithSummary("Defines a service with its attributes (validated).").RequireAuthorization(PolisPolicies.Write);
        group.MapGet("/{code}", GetAsync).WithName("GetReportService").WithSummary("One service with its attributes.");
        group.MapPut("/{code}", UpdateAsync).WithName("UpdateReportService").WithSummary("Replaces a service's definition.").RequireAuthorization(PolisPolicies.Write);
        group.MapPost("/{code}/deactivate", DeactivateAsync).WithName("DeactivateReportService").WithSummary("Hides a service from Open311; its reports stay.").RequireAuthorization(PolisPolicies.Write);
        return endpoints;
    }

    public static async Task<Ok<List<ServiceResponse>>> ListAsync(IServiceCatalogueStore store, bool? includeInactive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return TypedResults.Ok((await store.ListAsync(includeInactive ?? false, cancellationToken)).Select(ServiceResponse.From).ToList());
    }

    public static async Task<Results<Ok<ServiceResponse>, ProblemHttpResult>> GetAsync(string code, IServiceCatalogueStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return await store.GetAsync(code, cancellationToken) is { } stored ? TypedResults.Ok(ServiceResponse.From(stored)) : CitizensReportProblems.NotFound("service", code);
    }

    public static async Task<Results<Created<ServiceResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        ServiceBody body, ClaimsPrincipal user, IServiceCatalogueStore store, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var (service, errors) = ServiceValidator.Validate(body);
        if (service is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var now = timeProvider.GetUtcNow();
        var stored = new StoredService(service, now, now, user.ActorName());
        return await store.CreateAsync(stored, cancellationToken)
            ? TypedResults.Created($"/api/v1/citizens/services/{service.Code}", ServiceResponse.From(stored))
            : CitizensReportProblems.Conflict($"A service with code '{service.Code}' exists; update it with PUT.");
    }

    public static async Task<Results<Ok<ServiceResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string code, ServiceBody body, ClaimsPrincipal user, IServiceCatalogueStore store, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(body);
        if (body.ServiceCode is { } bodyCode && bodyCode != code)
        {
            return CitizensReportProblems.Invalid("serviceCode", "serviceCode cannot change; create a new service instead.");
        }

        var (service, errors) = ServiceValidator.Validate(body, code);
        if (service is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await SaveAsync(store, code, current => current with { Service = service with { Active = current.Service.Active } }, user, timeProvider, cancellationToken);
    }

    public static async Task<Results<Ok<ServiceResponse>, ValidationProblem, ProblemHttpResult>> DeactivateAsync(
        string code, ClaimsPrincipal user, IServiceCatalogueStore store, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        await SaveAsync(store, code, current => current with { Service = current.Service with { Active = false } }, user, timeProvider, cancellationToken);

    private static async Task<Results<Ok<ServiceResponse>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        IServiceCatalogueStore store, string code, Func<StoredService, StoredService> change, ClaimsPrincipal user, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (await store.GetAsync(code, cancellationToken) is not { } current)
        {
            return CitizensReportProblems.NotFound("service", code);
        }

        var updated = change(current) with { UpdatedAt = timeProvider.GetUtcNow(), UpdatedBy = user.ActorName() };
        return await store.UpdateAsync(updated, cancellationToken) ? TypedResults.Ok(ServiceResponse.From(updated)) : CitizensReportProblems.NotFound("service", code);
    }
}
