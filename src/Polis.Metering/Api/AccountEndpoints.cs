using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Metering.Meters;
using Polis.Platform.Devices;
using Polis.Platform.Identity;

namespace Polis.Metering.Api;

/// <summary>Customer accounts under /api/v1/metering/accounts.</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapMeteringAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/metering/accounts").WithTags("Metering").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/", ListAsync).WithName("ListMeteringAccounts").WithSummary("Customer accounts by id; q matches id or name.");
        group.MapPost("/", CreateAsync).WithName("CreateMeteringAccount").WithSummary("Creates a customer account (household or business).").RequireAuthorization(PolisPolicies.Write);
        group.MapGet("/{id}", GetAsync).WithName("GetMeteringAccount").WithSummary("One customer account.");
        group.MapPut("/{id}", UpdateAsync).WithName("UpdateMeteringAccount").WithSummary("Replaces a customer account's fields.").RequireAuthorization(PolisPolicies.Write);
        group.MapDelete("/{id}", DeleteAsync).WithName("DeleteMeteringAccount").WithSummary("Deletes an account that no service point belongs to.").RequireAuthorization(PolisPolicies.Write);
        return endpoints;
    }

    public static async Task<Results<Ok<Page<CustomerAccount>>, ValidationProblem>> ListAsync(AccountRegistry registry, string? q, int? offset, int? limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var paging = Paging.Check(offset, limit);
        return paging.Errors is { } errors
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(await registry.Store.ListAsync(string.IsNullOrWhiteSpace(q) ? null : q.Trim(), paging.Offset, paging.Limit, cancellationToken));
    }

    public static Task<Results<Created<CustomerAccount>, ValidationProblem, ProblemHttpResult>> CreateAsync(AccountRequest request, AccountRegistry registry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(registry);
        return RegistryResults.CreatedAsync(request.ToAccount(null), a => registry.CreateAsync(a, cancellationToken), a => $"/api/v1/metering/accounts/{a.Id}", a => a);
    }

    public static async Task<Results<Ok<CustomerAccount>, ProblemHttpResult>> GetAsync(string id, AccountRegistry registry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return await registry.Store.GetAsync(id, cancellationToken) is { } account ? TypedResults.Ok(account) : MeteringProblems.NotFound("account", id);
    }

    public static Task<Results<Ok<CustomerAccount>, ValidationProblem, ProblemHttpResult>> UpdateAsync(string id, AccountRequest request, AccountRegistry registry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(registry);
        return RegistryResults.OkAsync(request.ToAccount(id), a => registry.UpdateAsync(a, cancellationToken), a => a);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, AccountRegistry registry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return MeteringProblems.Deleted(await registry.DeleteAsync(id, cancellationToken), "account", id, "service points belong to it");
    }
}
