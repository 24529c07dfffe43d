using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Polis.NgsiLd.Errors;
using Polis.NgsiLd.Http;

namespace Polis.NgsiLd.Subscriptions;

/// <summary>Reads subscription request bodies (with their JSON-LD context, clause 6.3.5) and paging parameters.</summary>
public static class SubscriptionRequests
{
    public const int MaxBodyBytes = 256 * 1024;

    public const string MergePatchMediaType = "application/merge-patch+json";

    /// <summary>
    /// The body as an object and the context it was sent with: application/ld+json carries @context in the
    /// body (a URL, or an array whose first URL is taken); application/json may name it in a Link header;
    /// otherwise the core context applies. A PATCH may also be application/merge-patch+json (clause 6.3.4,
    /// RFC 7396), read like application/json: ngsijs sends its subscription updates that way.
    /// </summary>
    public static async Task<(JsonObject Body, string Context)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var mediaType = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value : null;
        var jsonLd = string.Equals(mediaType, NgsiLdContext.JsonLdMediaType, StringComparison.OrdinalIgnoreCase);
        var mergePatch = HttpMethods.IsPatch(request.Method) && string.Equals(mediaType, MergePatchMediaType, StringComparison.OrdinalIgnoreCase);
        if (!jsonLd && !mergePatch && !string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase))
        {
            var accepted = HttpMethods.IsPatch(request.Method) ? $"application/json, application/ld+json or {MergePatchMediaType}" : "application/json or application/ld+json";
            throw new NgsiLdException(NgsiLdErrorTypes.InvalidRequest, "Unsupported media type", $"Send the body as {accepted}.", StatusCodes.Status415UnsupportedMediaType);
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            throw new NgsiLdException(NgsiLdErrorTypes.InvalidRequest, "Payload too large", $"A subscription body is at most {MaxBodyBytes} bytes.", StatusCodes.Status413PayloadTooLarge);
        }

        JsonObject body;
        try
        {
            body = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) as JsonObject
                ?? throw NgsiLdException.InvalidRequest("The body must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw NgsiLdException.InvalidRequest($"The body is not valid JSON: {e.Message}");
        }

        if (!jsonLd)
        {
            return (body, NgsiLdContext.FromLinkHeader(request.Headers.Link) ?? NgsiLdContext.CoreContextUrl);
        }

        var context = body["@context"] switch
        {
            JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
            JsonArray array => array.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>()).FirstOrDefault() ?? NgsiLdContext.CoreContextUrl,
            JsonObject => NgsiLdContext.CoreContextUrl,
            _ => throw NgsiLdException.BadRequest("An application/ld+json body needs an @context."),
        };
        body.Remove("@context");
        return (body, context);
    }

    /// <summary>limit (default 20, at most 1000; 0 only with count), offset, and count=true or options=count.</summary>
    public static (int Limit, int Offset, bool Count) ParsePaging(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var count = query["count"] == "true" || query["options"].Any(o => (o ?? string.Empty).Split(',').Contains("count", StringComparer.Ordinal));
        var limit = Integer(query["limit"], "limit", EntityQuery.DefaultLimit);
        var offset = Integer(query["offset"], "offset", 0);
        if (limit < 0 || limit > EntityQuery.MaxLimit || (limit == 0 && !count))
        {
            throw NgsiLdException.BadRequest($"limit must be between 1 and {EntityQuery.MaxLimit} (0 only with count=true).");
        }

        return offset < 0 ? throw NgsiLdException.BadRequest("offset must not be negative.") : (limit, offset, count);
    }

    private static int Integer(StringValues values, string name, int fallback) => values.Count switch
    {
        0 => fallback,
        1 when int.TryParse(values[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) => value,
        _ => throw NgsiLdException.BadRequest($"{name} must be one integer."),
    };
}
