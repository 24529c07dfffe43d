using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Polis.Metering.Billing.Runs;
using Polis.Metering.Residents;
using Polis.Platform.City;
using Polis.Platform.Devices;
using Polis.Platform.Identity;

namespace Polis.Metering.Api;

/// <summary>
/// A signed-in resident's own bills under <c>/api/v1/me/metering</c> (resident role only): the same stored bills, JSON
/// shapes and PDF as the operators' <see cref="BillEndpoints"/>, reachable only through the accounts linked to the
/// resident (<see cref="ResidentBills"/>); another household's account or bill is the same 404 as an unknown one.
/// </summary>
public static class MyBillEndpoints
{
    public static IEndpointRouteBuilder MapMyBillEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/me/metering").WithTags("Residents").RequireAuthorization(PolisPolicies.Resident);
        group.MapGet("/accounts/{id}/bills", ListAsync).WithName("ListMyBills").WithSummary("The bills issued to one of the resident's accounts, with their totals after adjustments.");
        group.MapGet("/bills/{id:long}", GetAsync).WithName("GetMyBill").WithSummary("One of the resident's bills as issued, with its lines, totals and adjustments.");
        group.MapGet("/bills/{id:long}/pdf", GetPdfAsync).WithName("GetMyBillPdf").WithSummary("One of the resident's bills as a PDF, adjustments included.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        return endpoints;
    }

    public static async Task<Results<Ok<Page<BillListItem>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        string id, int? offset, int? limit, ClaimsPrincipal user, ResidentAccess access, IBillStore bills, CancellationToken cancellationToken)
    {
        var paging = Paging.Check(offset, limit);
        if (paging.Errors is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await ResidentBills.ListAsync(access, bills, user, id, paging.Offset, paging.Limit, cancellationToken) is { } page
            ? TypedResults.Ok(page)
            : MeteringProblems.NotFound("account", id);
    }

    public static async Task<Results<Ok<BillResponse>, ProblemHttpResult>> GetAsync(
        long id, ClaimsPrincipal user, ResidentAccess access, IBillStore bills, CancellationToken cancellationToken) =>
        await ResidentBills.GetAsync(access, bills, user, id, cancellationToken) is { } bill ? TypedResults.Ok(BillResponse.From(bill)) : NotFound(id);

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetPdfAsync(
        long id, ClaimsPrincipal user, ResidentAccess access, IBillStore bills, IOptions<CityOptions> city, IOptions<BillingRunOptions> options, CancellationToken cancellationToken) =>
        await ResidentBills.GetAsync(access, bills, user, id, cancellationToken) is { } bill ? BillEndpoints.Pdf(bill, city, options) : NotFound(id);

    private static ProblemHttpResult NotFound(long id) => MeteringProblems.NotFound("bill", id.ToString(CultureInfo.InvariantCulture));
}
