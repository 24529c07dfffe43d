using Microsoft.AspNetCore.Routing;
using Polis.Citizens.Reports.Duplicates.Api;
using Polis.Citizens.Reports.Moderation.Api;
using Polis.Citizens.Reports.Support.Api;

namespace Polis.Citizens.Reports.OneCity;

/// <summary>Maps duplicate candidates, "me too", moderation and one city.</summary>
public static class DuplicatesModerationOneCityEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapCitizensDuplicatesModerationOneCity(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDuplicateEndpoints();
        endpoints.MapSupportEndpoints();
        endpoints.MapModerationEndpoints();
        endpoints.MapOneCityEndpoints();
        return endpoints;
    }
}
