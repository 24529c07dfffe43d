using System.Text.Json.Nodes;
using Polis.NgsiLd.Entities;

namespace Polis.NgsiLd.Subscriptions;

/// <summary>
/// A subscription as NGSI-LD JSON. Without a status it is the stored definition (which
/// <see cref="SubscriptionParser"/> reads back); with one it is what GET returns, including the read-only
/// members (status, notification.timesSent, lastNotification, lastSuccess, lastFailure).
/// </summary>
public static class SubscriptionJson
{
    public static JsonObject ToJson(Subscription subscription, NotificationStatus? status = null, DateTimeOffset? now = null)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var json = new JsonObject { ["id"] = subscription.Id, ["type"] = Subscription.TypeName };
        Optional(json, "subscriptionName", subscription.Name);
        Optional(json, "description", subscription.Description);
        if (subscription.Entities.Count > 0)
        {
            json["entities"] = new JsonArray(subscription.Entities.Select(e => (JsonNode)Selector(e)).ToArray());
        }

        if (subscription.WatchedAttributes is { } watched)
        {
            json["watchedAttributes"] = Names(watched);
        }

        Optional(json, "q", subscription.Q);
        if (subscription.GeoQ is { } geo)
        {
            var geoQ = new JsonObject { ["geometry"] = geo.Geometry, ["coordinates"] = Coordinates(geo.Coordinates), ["georel"] = geo.Georel };
            Optional(geoQ, "geoproperty", geo.GeoProperty);
            json["geoQ"] = geoQ;
        }

        json["notification"] = Notification(subscription.Notification, status);
        if (subscription.ExpiresAt is { } expires)
        {
            json["expiresAt"] = NgsiLdValues.FormatInstant(expires.ToUnixTimeMilliseconds());
        }

        if (subscription.Throttling is { } throttling)
        {
            json["throttling"] = throttling;
        }

        json["isActive"] = subscription.IsActive;
        json["jsonldContext"] = subscription.Context;
        if (status is not null && now is { } at)
        {
            json["status"] = subscription.StatusAt(at);
        }

        return json;
    }

    private static JsonObject Notification(NotificationParams notification, NotificationStatus? status)
    {
        var json = new JsonObject();
        if (notification.Attributes is { } attributes)
        {
            json["attributes"] = Names(attributes);
        }

        json["format"] = notification.KeyValues ? "keyValues" : "normalized";
        json["endpoint"] = new JsonObject { ["uri"] = notification.Endpoint.OriginalString, ["accept"] = notification.Accept };
        if (status is not null)
        {
            json["status"] = status.State;
            json["timesSent"] = status.TimesSent;
            json["timesFailed"] = status.TimesFailed;
            Optional(json, "lastNotification", Instant(status.LastNotification));
            Optional(json, "lastSuccess", Instant(status.LastSuccess));
            Optional(json, "lastFailure", Instant(status.LastFailure));
        }

        return json;
    }

    private static JsonObject Selector(EntitySelector selector)
    {
        var json = new JsonObject();
        Optional(json, "id", selector.Id);
        Optional(json, "idPattern", selector.IdPattern);
        json["type"] = selector.Type;
        return json;
    }

    /// <summary>Coordinates go back out as the array they were (the parser also accepted their JSON text).</summary>
    private static JsonNode? Coordinates(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            return text;
        }
    }

    private static string? Instant(DateTimeOffset? at) => at is { } value ? NgsiLdValues.FormatInstant(value.ToUnixTimeMilliseconds()) : null;

    private static JsonArray Names(IEnumerable<string> names) => new(names.Select(n => (JsonNode)n).ToArray());

    private static void Optional(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }
}
