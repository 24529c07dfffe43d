using Microsoft.AspNetCore.Routing;

namespace Polis.Metering.Api;

/// <summary>The billing part's endpoints: tariffs, tariff assignments, billing runs, bills.</summary>
public static class BillingEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapMeteringBillingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMeteringTariffEndpoints();
        endpoints.MapMeteringTariffAssignmentEndpoints();
        endpoints.MapMeteringBillingRunEndpoints();
        endpoints.MapMeteringBillEndpoints();
        return endpoints;
    }
}
