using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Polis.Transit.Feeds;

/// <summary>The problem details the transit API returns (RFC 7807).</summary>
internal static class TransitProblems
{
    public static ProblemHttpResult NoFeed() => TypedResults.Problem(
        "No GTFS feed has been imported yet: POST a zip to /api/v1/transit/feeds or run `polis import gtfs <zip>`.",
        statusCode: StatusCodes.Status503ServiceUnavailable, title: "No transit feed");

    public static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem($"The active feed has no {what} '{id}'.", statusCode: StatusCodes.Status404NotFound, title: $"Unknown {what}");

    public static ProblemHttpResult FeedNotFound(long id) =>
        TypedResults.Problem($"There is no feed version {id}.", statusCode: StatusCodes.Status404NotFound, title: "Unknown feed version");
}
