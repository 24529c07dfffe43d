using System.Text.Json.Nodes;
using Polis.NgsiLd.Entities;

namespace Polis.NgsiLd.Subscriptions;

/// <summary>
/// The Notification payload (clause 5.3.1): id, type, subscriptionId, notifiedAt and the entities in the
/// subscription's format, projected to notification.attributes. With accept application/ld+json the
/// @context is in the body; with application/json it travels in a Link header instead (clause 7.2.3, see
/// <see cref="NotificationSender"/>), so the body has none.
/// </summary>
public static class NotificationBody
{
    public const string IdPrefix = "urn:ngsi-ld:Notification:";

    public static JsonObject Build(Subscription subscription, IEnumerable<JsonObject> entities, DateTimeOffset notifiedAt)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(entities);
        var notification = subscription.Notification;
        var data = entities
            .Select(e => notification.Attributes is { } attrs ? EntityFormat.Project(e, attrs) : (JsonObject)e.DeepClone())
            .Select(e => notification.KeyValues ? EntityFormat.ToKeyValues(e) : e)
            .Select(e => (JsonNode)e)
            .ToArray();
        var body = new JsonObject();
        if (notification.Accept == NgsiLdContext.JsonLdMediaType)
        {
            body["@context"] = subscription.Context;
        }

        body["id"] = IdPrefix + Guid.NewGuid().ToString("N");
        body["type"] = "Notification";
        body["subscriptionId"] = subscription.Id;
        body["notifiedAt"] = NgsiLdValues.FormatInstant(notifiedAt.ToUnixTimeMilliseconds());
        body["data"] = new JsonArray(data);
        return body;
    }
}
