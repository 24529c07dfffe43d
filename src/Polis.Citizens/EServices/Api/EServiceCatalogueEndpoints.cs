using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Citizens.EServices.Catalogue;
using Polis.Citizens.EServices.Requests;
using Polis.Platform.Identity;

namespace Polis.Citizens.EServices.Api;

/// <summary>
/// The e-service catalogue: administrators define services under /api/v1/citizens/eservices (staff read them),
/// signed-in residents read the active ones with each slot's free places under /api/v1/me/eservices. Services are
/// deactivated, never deleted, because requests keep naming them.
/// </summary>
public static class EServiceCatalogueEndpoints
{
    public static IEndpointRouteBuilder MapEServiceCatalogueEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/citizens/eservices").WithTags("E-services").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/", ListAsync).WithName("ListEServices").WithSummary("Every e-service by code; deactivated ones too when includeInactive=true.");
        group.MapGet("/{code}", GetAsync).WithName("GetEService").WithSummary("One e-service with its form, attachments and slots.");
        group.MapPost("/", CreateAsync).WithName("CreateEService").WithSummary("Defines an e-service (every fault listed).").RequireAuthorization(PolisPolicies.Admin);
        group.MapPut("/{code}", UpdateAsync).WithName("UpdateEService").WithSummary("Replaces an e-service's definition.").RequireAuthorization(PolisPolicies.Admin);
        group.MapPost("/{code}/deactivate", DeactivateAsync).WithName("DeactivateEService").WithSummary("Hides it from residents; its requests stay.")
            .RequireAuthorization(PolisPolicies.Admin);

        var mine = endpoints.MapGroup("/api/v1/me/eservices").WithTags("E-services").RequireAuthorization(PolisPolicies.Resident);
        mine.MapGet("/", ListActiveAsync).WithName("ListMyEServices").WithSummary("The active catalogue, each slot with its free places.");
        mine.MapGet("/{code}", GetActiveAsync).WithName("GetMyEService").WithSummary("One active e-service with its slots' free places.");
        return endpoints;
    }

    public static async Task<Ok<List<EServiceResponse>>> ListAsync(IEServiceCatalogueStore store, bool? includeInactive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return TypedResults.Ok((await store.ListAsync(includeInactive ?? false, cancellationToken)).Select(s => EServiceResponse.From(s)).ToList());
    }

    public static async Task<Results<Ok<EServiceResponse>, ProblemHttpResult>> GetAsync(string code, IEServiceCatalogueStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return await store.GetAsync(code, cancellationToken) is { } stored ? TypedResults.Ok(EServiceResponse.From(stored)) : EServiceProblems.NotFound("e-service", code);
    }

    public static async Task<Ok<List<EServiceResponse>>> ListActiveAsync(IEServiceCatalogueStore store, IEServiceRequestStore requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var answer = new List<EServiceResponse>();
        foreach (var stored in await store.ListAsync(includeInactive: false, cancellationToken))
        {
            answer.Add(EServiceResponse.From(stored, await BookingsAsync(stored, requests, cancellationToken)));
        }

        return TypedResults.Ok(answer);
    }

    public static async Task<Results<Ok<EServiceResponse>, ProblemHttpResult>> GetActiveAsync(
        string code, IEServiceCatalogueStore store, IEServiceRequestStore requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return await store.GetAsync(code, cancellationToken) is { Service.Active: true } stored
            ? TypedResults.Ok(EServiceResponse.From(stored, await BookingsAsync(stored, requests, cancellationToken)))
            : EServiceProblems.NotFound("e-service", code);
    }

    public static async Task<Results<Created<EServiceResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        EServiceBody body, ClaimsPrincipal user, IEServiceCatalogueStore store, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var (service, errors) = EServiceValidator.Validate(body);
        if (service is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var now = timeProvider.GetUtcNow();
        var stored = new StoredEService(service, now, now, user.ActorName());
        return await store.CreateAsync(stored, cancellationToken)
            ? TypedResults.Created($"/api/v1/citizens/eservices/{service.Code}", EServiceResponse.From(stored))
            : EServiceProblems.Conflict("Conflict", $"An e-service with code '{service.Code}' exists; update it with PUT.");
    }

    public static async Task<Results<Ok<EServiceResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string code, EServiceBody body, ClaimsPrincipal user, IEServiceCatalogueStore store, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Code is { } bodyCode && bodyCode != code)
        {
            return EServiceProblems.Invalid("code", "code cannot change; create a new e-service instead.");
        }

        var (service, errors) = EServiceValidator.Validate(body, code);
        return service is null
            ? TypedResults.ValidationProblem(errors)
            : await SaveAsync(store, code, current => service with { Active = current.Active }, user, timeProvider, cancellationToken);
    }

    public static Task<Results<Ok<EServiceResponse>, ValidationProblem, ProblemHttpResult>> DeactivateAsync(
        string code, ClaimsPrincipal user, IEServiceCatalogueStore store, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        SaveAsync(store, code, current => current with { Active = false }, user, timeProvider, cancellationToken);

    private static async Task<Results<Ok<EServiceResponse>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        IEServiceCatalogueStore store, string code, Func<EService, EService> change, ClaimsPrincipal user, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (await store.GetAsync(code, cancellationToken) is not { } current)
        {
            return EServiceProblems.NotFound("e-service", code);
        }

        var updated = current with { Service = change(current.Service), UpdatedAt = timeProvider.GetUtcNow(), UpdatedBy = user.ActorName() };
        return await store.UpdateAsync(updated, cancellationToken) ? TypedResults.Ok(EServiceResponse.From(updated)) : EServiceProblems.NotFound("e-service", code);
    }

    private static async Task<IReadOnlyDictionary<string, int>> BookingsAsync(StoredEService stored, IEServiceRequestStore requests, CancellationToken cancellationToken) =>
        stored.Service.Kind == EServiceKind.Appointment ? await requests.CountBookingsAsync(stored.Service.Code, cancellationToken) : new Dictionary<string, int>();
}
