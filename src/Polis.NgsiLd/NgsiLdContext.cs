namespace Polis.NgsiLd;

/// <summary>The JSON-LD context Polis answers with: the NGSI-LD core context, whose default vocabulary holds the SDM short names.</summary>
public static class NgsiLdContext
{
    public const string CoreContextUrl = "https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context-v1.8.jsonld";

    public const string LinkRelation = "http://www.w3.org/ns/json-ld#context";

    public const string JsonLdMediaType = "application/ld+json";

    public static string LinkHeader(string contextUrl) => $"<{contextUrl}>; rel=\"{LinkRelation}\"; type=\"{JsonLdMediaType}\"";

    /// <summary>The context URL of a request's JSON-LD Link header, or null when it has none.</summary>
    public static string? FromLinkHeader(string? link)
    {
        if (string.IsNullOrEmpty(link) || !link.Contains(LinkRelation, StringComparison.Ordinal))
        {
            return null;
        }

        var open = link.IndexOf('<', StringComparison.Ordinal);
        var close = link.IndexOf('>', StringComparison.Ordinal);
        return open >= 0 && close > open + 1 ? link[(open + 1)..close] : null;
    }
}
