using Microsoft.AspNetCore.Routing;
using Polis.Citizens.Polls.Api;
using Polis.Citizens.Residents.Api;

namespace Polis.Citizens.Polls;

/// <summary>Maps the polls API (and residents' profiles that decide eligibility).</summary>
public static class PollEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapCitizensPollEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapResidentEndpoints();
        endpoints.MapPollEndpoints();
        endpoints.MapBallotEndpoints();
        return endpoints;
    }
}
