using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Polis.NgsiLd.Errors;

namespace Polis.NgsiLd.Http;

/// <summary>
/// Content negotiation of clause 6.3.6: a client that accepts application/ld+json gets the @context in
/// the body; any other gets application/json with the context in a JSON-LD Link header. The context is
/// the one the client sent in its Link header, else the core context.
/// </summary>
public static class NgsiLdResponses
{
    public const string ResultsCountHeader = "NGSILD-Results-Count";

    public static ContentHttpResult Ok(HttpContext context, JsonNode body)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        var contextUrl = NgsiLdContext.FromLinkHeader(context.Request.Headers.Link) ?? NgsiLdContext.CoreContextUrl;
        if (!AcceptsJsonLd(context.Request))
        {
            context.Response.Headers.Link = NgsiLdContext.LinkHeader(contextUrl);
            return TypedResults.Text(body.ToJsonString(), "application/json", null, StatusCodes.Status200OK);
        }

        foreach (var entity in body is JsonArray array ? array.OfType<JsonObject>() : body is JsonObject single ? [single] : [])
        {
            entity["@context"] = contextUrl;
        }

        return TypedResults.Text(body.ToJsonString(), NgsiLdContext.JsonLdMediaType, null, StatusCodes.Status200OK);
    }

    /// <summary>An NGSI-LD error: problem details whose type is one of the spec's error URIs.</summary>
    public static ContentHttpResult Error(NgsiLdException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var body = new JsonObject
        {
            ["type"] = error.ErrorType,
            ["title"] = error.Title,
            ["status"] = error.StatusCode,
            ["detail"] = error.Message,
        };
        return TypedResults.Text(body.ToJsonString(), "application/json", null, error.StatusCode);
    }

    private static bool AcceptsJsonLd(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted) &&
        accepted.Any(a => a.MediaType.Equals(NgsiLdContext.JsonLdMediaType, StringComparison.OrdinalIgnoreCase) && a.Quality is not 0);
}
