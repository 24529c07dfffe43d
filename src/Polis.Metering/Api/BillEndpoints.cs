using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Polis.Metering.Billing;
using Polis.Metering.Billing.Pdf;
using Polis.Metering.Billing.Runs;
using Polis.Platform.City;
using Polis.Platform.Devices;
using Polis.Platform.Identity;

namespace Polis.Metering.Api;

/// <summary>Issued bills under /api/v1/metering/bills: listing, one bill with its adjustments, and its PDF.</summary>
public static class BillEndpoints
{
    public static IEndpointRouteBuilder MapMeteringBillEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/metering/bills").WithTags("Metering").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/", ListAsync).WithName("ListBills").WithSummary("Issued bills of a period (yyyy-MM), account or service point, with their totals after adjustments.");
        group.MapGet("/{id:long}", GetAsync).WithName("GetBill").WithSummary("A bill as issued, with its lines, totals and adjustments.");
        group.MapGet("/{id:long}/pdf", GetPdfAsync).WithName("GetBillPdf").WithSummary("The bill as a PDF, adjustments included.").Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        return endpoints;
    }

    public static async Task<Results<Ok<Page<BillListItem>>, ValidationProblem>> ListAsync(
        IBillStore bills, string? period, string? accountId, string? servicePointId, int? offset, int? limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bills);
        var paging = Paging.Check(offset, limit);
        var errors = paging.Errors ?? new Dictionary<string, string[]>(StringComparer.Ordinal);
        BillPeriod? month = null;
        if (period is not null && !BillPeriod.TryParseMonth(period, out month))
        {
            errors["period"] = [$"period is a month written yyyy-MM, such as 2026-10, not '{period}'."];
        }

        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(await bills.ListAsync(new BillQuery(month?.From, accountId, servicePointId, paging.Offset, paging.Limit), cancellationToken));
    }

    public static async Task<Results<Ok<BillResponse>, ProblemHttpResult>> GetAsync(long id, IBillStore bills, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bills);
        return await bills.GetAsync(id, cancellationToken) is { } bill ? TypedResults.Ok(BillResponse.From(bill)) : NotFound(id);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetPdfAsync(
        long id, IBillStore bills, IOptions<CityOptions> city, IOptions<BillingRunOptions> options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bills);
        return await bills.GetAsync(id, cancellationToken) is { } bill ? Pdf(bill, city, options) : NotFound(id);
    }

    /// <summary>The bill's PDF as issued plus every adjustment, dated by the last of them (shared with the residents' route).</summary>
    internal static FileContentHttpResult Pdf(StoredBill bill, IOptions<CityOptions> city, IOptions<BillingRunOptions> options)
    {
        ArgumentNullException.ThrowIfNull(bill);
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(options);
        var issuedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(bill.Adjustments.Count > 0 ? bill.Adjustments[^1].IssuedAt : bill.IssuedAt, city.Value.Zone).DateTime);
        var pdf = BillPdf.Render(BillStatement.WithAdjustments(bill), new BillIssuer { UtilityName = options.Value.UtilityName }, issuedOn);
        return TypedResults.File(pdf, "application/pdf", $"bill-{bill.Id.ToString(CultureInfo.InvariantCulture)}.pdf");
    }

    private static ProblemHttpResult NotFound(long id) => MeteringProblems.NotFound("bill", id.ToString(CultureInfo.InvariantCulture));
}
