using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Polis.Dashboard.Hosting;
using Microsoft.Extensions.Options;
using Polis.Metering.Api;
using Polis.Metering.Billing.Runs;
using Polis.Platform.City;

namespace Polis.Dashboard.Metering;

/// <summary>Dashboard downloads of the metering pages, authorised by the dashboard's cookie.</summary>
internal static class MeteringDownloads
{
    /// <summary>Where the bills page links a bill's PDF: <c>/metering/bills/{id}/pdf</c>.</summary>
    public static string BillPdfPath(long id) => $"metering/bills/{id}/pdf";

    /// <summary>
    /// The API's PDF route takes bearer tokens only (the cookie is never an API scheme, which keeps the API free of
    /// CSRF concerns), so a browser link cannot use it. This GET streams the same PDF, through the same handler, to
    /// any signed-in operator (the API's read rule); it changes nothing, so it needs no antiforgery token.
    /// </summary>
    public static IEndpointRouteBuilder MapMeteringDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(
                "/metering/bills/{id:long}/pdf",
                (long id, IBillStore bills, IOptions<CityOptions> city, IOptions<BillingRunOptions> options, CancellationToken cancellationToken) =>
                    BillEndpoints.GetPdfAsync(id, bills, city, options, cancellationToken))
            .RequireAuthorization(DashboardAuthentication.ReadPolicy)
            .ExcludeFromDescription();
        return endpoints;
    }
}
