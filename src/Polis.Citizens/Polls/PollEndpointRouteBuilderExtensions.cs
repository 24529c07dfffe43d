using Microsoft.AspNetCore.Routing;

namespace Polis.Citizens.Polls;

/// <summary>Maps the polls API (and residents' profiles that decide eligibility).</summary>
public static class PollEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapCitizensPollEndpoints(this IEndpointRouteBuilder endpoints) => endpoints;
}
