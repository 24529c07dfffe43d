using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Polis.Citizens.Reports.Api;
using Polis.Citizens.Reports.Catalogue;
using Polis.Citizens.Reports.Keys;
using Polis.Citizens.Reports.Mine;
using Polis.Citizens.Reports.OneCity;
using Polis.Citizens.Reports.Open311;
using Polis.Citizens.Reports.ServiceLevels;

namespace Polis.Citizens.Reports;

/// <summary>Maps Open311 GeoReport v2 and the report management API.</summary>
public static class ReportEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapCitizensReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Open311 is public by design: anyone reads the city's requests; a POST proves itself with its api_key.
        var open311 = endpoints.MapGroup("/open311/v2").WithTags("Open311").AllowAnonymous();
        open311.MapOpen311ServiceEndpoints();
        open311.MapOpen311RequestEndpoints();
        open311.MapOpen311SubmitEndpoint();
        open311.MapOpen311UpdateEndpoints();
        open311.MapOpen311MediaEndpoints();

        endpoints.MapServiceCatalogueEndpoints();
        endpoints.MapOpen311KeyEndpoints();
        endpoints.MapReportEndpoints();
        endpoints.MapMyReportEndpoints();
        endpoints.MapCitizensServiceLevelEndpoints();
        endpoints.MapCitizensDuplicatesModerationOneCity();
        return endpoints;
    }
}
