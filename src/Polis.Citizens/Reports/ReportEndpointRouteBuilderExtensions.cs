using Microsoft.AspNetCore.Routing;

namespace Polis.Citizens.Reports;

/// <summary>Maps Open311 GeoReport v2 and the report management API.</summary>
public static class ReportEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapCitizensReportEndpoints(this IEndpointRouteBuilder endpoints) => endpoints;
}
