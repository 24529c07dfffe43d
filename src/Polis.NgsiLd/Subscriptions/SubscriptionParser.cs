using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Polis.NgsiLd.Entities;
using Polis.NgsiLd.Errors;
using Polis.NgsiLd.Geo;
using Polis.NgsiLd.Query;

namespace Polis.NgsiLd.Subscriptions;

/// <summary>
/// Validates a subscription body (clause 5.2.12) into a <see cref="Subscription"/>; anything wrong is an
/// <see cref="NgsiLdException"/> (BadRequestData) naming the member, thrown before anything is stored.
/// The same parser reads stored definitions back (then without <c>now</c>: an expiresAt that has passed
/// since creation is fine there).
/// </summary>
public static class SubscriptionParser
{
    private static readonly TimeSpan _regexTimeout = TimeSpan.FromMilliseconds(100);
    private static readonly string[] _unsupported = ["timeInterval", "temporalQ", "scopeQ", "csf"];

    /// <summary>The subscription in <paramref name="body"/>; <paramref name="now"/> set means a client sent it (expiresAt must lie ahead).</summary>
    public static Subscription Parse(JsonObject body, string contextUrl, DateTimeOffset? now)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (Text(body, "type") != Subscription.TypeName)
        {
            throw NgsiLdException.BadRequest("type must be \"Subscription\".");
        }

        if (_unsupported.FirstOrDefault(body.ContainsKey) is { } member)
        {
            throw new NgsiLdException(NgsiLdErrorTypes.OperationNotSupported, "Operation not supported", $"{member} is not supported; Polis notifies on change only.", 501);
        }

        var id = Text(body, "id") ?? "urn:ngsi-ld:Subscription:" + Guid.NewGuid().ToString("N");
        if (!EntityIds.IsUri(id))
        {
            throw NgsiLdException.BadRequest($"Invalid id '{id}': subscription ids are URIs such as urn:ngsi-ld:Subscription:1.");
        }

        var entities = Array(body, "entities")?.Select(ParseSelector).ToList() ?? [];
        var watched = Names(body, "watchedAttributes");
        if (entities.Count == 0 && watched is null)
        {
            throw NgsiLdException.BadRequest("A subscription needs entities or watchedAttributes (or both).");
        }

        var q = Text(body, "q");
        if (q is not null)
        {
            QParser.Parse(q);
        }

        var expiresAt = Text(body, "expiresAt") is { } expires ? ParseInstant(expires, "expiresAt") : (DateTimeOffset?)null;
        if (expiresAt is { } at && now is { } current && at <= current)
        {
            throw NgsiLdException.BadRequest("expiresAt must lie in the future.");
        }

        var throttling = Number(body, "throttling");
        if (throttling is <= 0 or > 86_400 * 365)
        {
            throw NgsiLdException.BadRequest("throttling must be a positive number of seconds.");
        }

        var isActive = body["isActive"] is { } active
            ? active.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? active.GetValue<bool>() : throw NgsiLdException.BadRequest("isActive must be true or false.")
            : true;
        return new Subscription(
            id, entities, watched, q, ParseGeoQ(body), ParseNotification(body), throttling, expiresAt, isActive,
            Text(body, "jsonldContext") ?? contextUrl, Text(body, "subscriptionName"), Text(body, "description"));
    }

    private static EntitySelector ParseSelector(JsonNode? node)
    {
        if (node is not JsonObject selector)
        {
            throw NgsiLdException.BadRequest("Each member of entities must be an object with a type.");
        }

        var type = Text(selector, "type") is { Length: > 0 } t ? EntityTypes.ShortName(t) : throw NgsiLdException.BadRequest("Each member of entities needs a type.");
        var id = Text(selector, "id");
        if (id is not null && !EntityIds.IsUri(id))
        {
            throw NgsiLdException.BadRequest($"Invalid entity id '{id}' in entities: entity ids are URIs.");
        }

        var pattern = Text(selector, "idPattern");
        if (pattern is not null)
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.CultureInvariant, _regexTimeout);
            }
            catch (ArgumentException e)
            {
                throw NgsiLdException.BadRequest($"Invalid idPattern in entities: {e.Message}");
            }
        }

        // Clause 5.2.8: with an id, idPattern is ignored.
        return new EntitySelector(type, id, id is null ? pattern : null);
    }

    private static SubscriptionGeoQ? ParseGeoQ(JsonObject body)
    {
        if (body["geoQ"] is null)
        {
            return null;
        }

        var geoQ = body["geoQ"] as JsonObject ?? throw NgsiLdException.BadRequest("geoQ must be an object.");
        var coordinates = geoQ["coordinates"] switch
        {
            JsonArray array => array.ToJsonString(),
            JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
            _ => throw NgsiLdException.BadRequest("geoQ.coordinates must be an array (or its JSON text)."),
        };
        var georel = Text(geoQ, "georel") ?? throw NgsiLdException.BadRequest("geoQ needs georel.");
        var geometry = Text(geoQ, "geometry") ?? throw NgsiLdException.BadRequest("geoQ needs geometry.");
        var geoProperty = Text(geoQ, "geoproperty");
        var parsed = GeoQueryParser.Parse(georel, geometry, coordinates, geoProperty);
        return parsed!.GeoProperty == GeoQueryParser.DefaultGeoProperty
            ? new SubscriptionGeoQ(georel, geometry, coordinates, geoProperty)
            : throw NgsiLdException.BadRequest("geoQ.geoproperty: Polis entities have one GeoProperty, location.");
    }

    private static NotificationParams ParseNotification(JsonObject body)
    {
        var notification = body["notification"] as JsonObject ?? throw NgsiLdException.BadRequest("notification (an object with an endpoint) is required.");
        var keyValues = Text(notification, "format") switch
        {
            null or "normalized" => false,
            "keyValues" or "simplified" => true,
            var other => throw NgsiLdException.BadRequest($"Unsupported notification.format '{other}': expected normalized or keyValues."),
        };
        var endpoint = notification["endpoint"] as JsonObject ?? throw NgsiLdException.BadRequest("notification.endpoint (an object with a uri) is required.");
        var uriText = Text(endpoint, "uri") ?? throw NgsiLdException.BadRequest("notification.endpoint.uri is required.");
        if (!Uri.TryCreate(uriText, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.Host.Length == 0)
        {
            throw NgsiLdException.BadRequest($"notification.endpoint.uri '{uriText}' must be an absolute http or https URI.");
        }

        var accept = Text(endpoint, "accept") ?? NotificationParams.Json;
        if (accept is not (NotificationParams.Json or NgsiLdContext.JsonLdMediaType))
        {
            throw NgsiLdException.BadRequest($"Unsupported notification.endpoint.accept '{accept}': expected application/json or application/ld+json.");
        }

        return new NotificationParams(Names(notification, "attributes"), keyValues, uri, accept);
    }

    private static DateTimeOffset ParseInstant(string text, string member) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at) && text.Contains('T', StringComparison.Ordinal)
            ? at
            : throw NgsiLdException.BadRequest($"{member} must be a DateTime such as 2030-01-01T00:00:00Z, found '{text}'.");

    private static string? Text(JsonObject obj, string name) => obj[name] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => throw NgsiLdException.BadRequest($"{name} must be a string."),
    };

    private static double? Number(JsonObject obj, string name) => obj[name] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.GetValue<double>(),
        _ => throw NgsiLdException.BadRequest($"{name} must be a number."),
    };

    private static JsonArray? Array(JsonObject obj, string name) => obj[name] switch
    {
        null => null,
        JsonArray { Count: > 0 } array => array,
        _ => throw NgsiLdException.BadRequest($"{name} must be a non-empty array."),
    };

    private static List<string>? Names(JsonObject obj, string name) =>
        Array(obj, name)?.Select(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() is { Length: > 0 } s
            ? s
            : throw NgsiLdException.BadRequest($"{name} must hold attribute names (strings).")).Distinct(StringComparer.Ordinal).ToList();
}
