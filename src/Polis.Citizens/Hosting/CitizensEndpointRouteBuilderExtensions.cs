using Microsoft.AspNetCore.Routing;
using Polis.Citizens.Notifications;
using Polis.Citizens.Polls;
using Polis.Citizens.Reports;

namespace Polis.Citizens.Hosting;

/// <summary>Maps the citizens module: Open311 at <c>/open311/v2</c>, its own API under <c>/api/v1/citizens</c>; each part maps its own.</summary>
public static class CitizensEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapCitizensEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapCitizensReportEndpoints();
        endpoints.MapResidentNotificationEndpoints();
        endpoints.MapCitizensPollEndpoints();
        EServices.EServiceEndpointRouteBuilderExtensions.MapCitizensEServiceEndpoints(endpoints);
        return endpoints;
    }
}
