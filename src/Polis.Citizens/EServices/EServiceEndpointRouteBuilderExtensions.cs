using Microsoft.AspNetCore.Routing;
using Polis.Citizens.EServices.Api;

namespace Polis.Citizens.EServices;

/// <summary>Maps the e-service catalogue, the staff workflow and the residents' own requests.</summary>
public static class EServiceEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapCitizensEServiceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapEServiceCatalogueEndpoints();
        endpoints.MapEServiceStaffEndpoints();
        endpoints.MapEServiceResidentEndpoints();
        return endpoints;
    }
}
