using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Metering.Billing;
using Polis.Metering.Billing.Runs;
using Polis.Platform.Devices;
using Polis.Platform.Identity;

namespace Polis.Metering.Api;

/// <summary>
/// Billing runs under /api/v1/metering/billing-runs. A run is synchronous: the POST answers with its summary when
/// every bill is settled (100,000 accounts take about a minute); the run record is written when it starts, so
/// GET /billing-runs shows it, without summary, while it works.
/// </summary>
public static class BillingRunEndpoints
{
    public static IEndpointRouteBuilder MapMeteringBillingRunEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/metering/billing-runs").WithTags("Metering").RequireAuthorization(PolisPolicies.Read);
        group.MapPost("/", RunAsync).WithName("RunBilling")
            .WithSummary("Bills a month from validated data (all or the given accounts): issued, unchanged, adjusted or refused with the reason.").RequireAuthorization(PolisPolicies.Write);
        group.MapGet("/", ListAsync).WithName("ListBillingRuns").WithSummary("Billing runs, newest first.");
        group.MapGet("/{id:long}", GetAsync).WithName("GetBillingRun").WithSummary("One billing run with its summary.");
        return endpoints;
    }

    public static async Task<Results<Ok<BillingRunSummary>, ValidationProblem>> RunAsync(
        BillingRunRequest request, ClaimsPrincipal user, BillingRunService service, IBillingRunStore runs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(runs);
        var fields = new RequestFields();
        if (!BillPeriod.TryParseMonth(request.Period, out var period))
        {
            fields.Fail("period", $"period is a month written yyyy-MM, such as 2026-10, not '{request.Period}'.");
        }

        if (request.AccountIds is { } accounts)
        {
            var unknown = accounts.Count == 0 ? [] : await runs.UnknownAccountsAsync(accounts, cancellationToken);
            if (accounts.Count == 0 || unknown.Count > 0)
            {
                fields.Fail("accountIds", accounts.Count == 0 ? "accountIds lists at least one account, or is left out for all." : $"There is no account {string.Join(", ", unknown.Select(a => $"'{a}'"))}.");
            }
        }

        if (!fields.IsValid)
        {
            return TypedResults.ValidationProblem(fields.Errors);
        }

        // Not the request's token: a run stopped half-way is safe (each batch is one transaction) but leaves work undone.
        return TypedResults.Ok(await service.RunAsync(period!, request.AccountIds, user.ActorName(), null, CancellationToken.None));
    }

    public static async Task<Results<Ok<Page<BillingRunRecord>>, ValidationProblem>> ListAsync(IBillingRunStore runs, int? offset, int? limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var paging = Paging.Check(offset, limit);
        return paging.Errors is { } errors ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(await runs.ListRunsAsync(paging.Offset, paging.Limit, cancellationToken));
    }

    public static async Task<Results<Ok<BillingRunRecord>, ProblemHttpResult>> GetAsync(long id, IBillingRunStore runs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return await runs.GetRunAsync(id, cancellationToken) is { } run ? TypedResults.Ok(run) : MeteringProblems.NotFound("billing run", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
