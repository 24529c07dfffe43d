using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Polis.Dashboard.Hosting;
using Polis.Metering.Api;
using Polis.Metering.Billing.Runs;
using Polis.Platform.City;

namespace Polis.Dashboard.Residents;

/// <summary>
/// The residents' downloads under <c>/me/downloads</c>, authorized by the dashboard cookie. The <c>/api/v1/me</c>
/// routes take bearer tokens only (the cookie is never an API scheme, which keeps the API free of CSRF), so these map
/// the very same handlers — <see cref="MyMeteringEndpoints"/>' exports and <see cref="BillEndpoints"/>' PDF — under the
/// cookie's resident policy: one implementation, two ways in.
/// </summary>
internal static class ResidentDownloads
{
    public const string BasePath = "/me/downloads";

    public static IEndpointRouteBuilder MapResidentDownloads(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(BasePath).RequireAuthorization(DashboardAuthentication.ResidentPolicy).ExcludeFromDescription();
        // Held as Delegate first: ASP.NET's route handler analyzer fails (AD0001) on another assembly's method group.
        Delegate csv = MyMeteringEndpoints.GetCsvAsync, greenButton = MyMeteringEndpoints.GetGreenButtonAsync;
        group.MapGet("/service-points/{id}/consumption.csv", csv);
        group.MapGet("/service-points/{id}/green-button.xml", greenButton);
        group.MapGet("/bills/{id:long}/pdf", (Delegate)GetBillPdfAsync);
        return endpoints;
    }

    public static string CsvPath(string servicePointId) => $"{BasePath}/service-points/{Uri.EscapeDataString(servicePointId)}/consumption.csv";

    public static string GreenButtonPath(string servicePointId) => $"{BasePath}/service-points/{Uri.EscapeDataString(servicePointId)}/green-button.xml";

    public static string BillPdfPath(long billId) => string.Create(CultureInfo.InvariantCulture, $"{BasePath}/bills/{billId}/pdf");

    // Another household's bill answers 404 like an unknown id, before the PDF is drawn.
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetBillPdfAsync(
        long id, ClaimsPrincipal user, ResidentBillReader mine, IBillStore bills, IOptions<CityOptions> city, IOptions<BillingRunOptions> options, CancellationToken cancellationToken) =>
        await mine.FindAsync(user, id, cancellationToken) is null
            ? TypedResults.Problem($"There is no bill '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Unknown bill") // as the API words it
            : await BillEndpoints.GetPdfAsync(id, bills, city, options, cancellationToken);
}
