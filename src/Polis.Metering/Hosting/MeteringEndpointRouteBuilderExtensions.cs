using Microsoft.AspNetCore.Routing;
using Polis.Metering.Api;

namespace Polis.Metering.Hosting;

/// <summary>Maps the metering API under <c>/api/v1/metering</c>; each part adds its own <c>Map…Endpoints</c> here.</summary>
public static class MeteringEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapMeteringEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapMeteringAccountEndpoints();
        endpoints.MapMeteringServicePointEndpoints();
        endpoints.MapMeteringMeterEndpoints();
        endpoints.MapMeteringInstallationEndpoints();
        endpoints.MapMeteringReadEndpoints();
        endpoints.MapMeteringIntervalEndpoints();
        endpoints.MapMeteringValidationEndpoints();
        endpoints.MapMeteringBillingEndpoints();
        endpoints.MapMeteringFindingEndpoints();
        endpoints.MapMeteringBalanceEndpoints();
        endpoints.MapMeteringResidentLinkEndpoints();
        endpoints.MapMeteringExportEndpoints();
        endpoints.MapMyMeteringEndpoints();
        endpoints.MapMyBillEndpoints();
        return endpoints;
    }
}
