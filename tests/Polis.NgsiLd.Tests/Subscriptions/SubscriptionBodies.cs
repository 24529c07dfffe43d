using System.Text.Json.Nodes;

namespace Polis.NgsiLd.Tests.Subscriptions;

/// <summary>Subscription bodies the tests start from and then break one member at a time.</summary>
internal static class SubscriptionBodies
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static JsonObject Valid(string endpoint = "http://127.0.0.1:9/notify") => JsonNode.Parse($$"""
        {
          "id": "urn:ngsi-ld:Subscription:aq-high",
          "type": "Subscription",
          "subscriptionName": "High PM2.5",
          "entities": [{ "type": "AirQualityObserved" }],
          "watchedAttributes": ["pm25"],
          "q": "pm25>40",
          "notification": { "attributes": ["pm25"], "format": "keyValues", "endpoint": { "uri": "{{endpoint}}", "accept": "application/json" } },
          "throttling": 5,
          "expiresAt": "2030-01-01T00:00:00Z"
        }
        """)!.AsObject();

    public static JsonObject With(string member, JsonNode? value, string endpoint = "http://127.0.0.1:9/notify")
    {
        var body = Valid(endpoint);
        body[member] = value;
        return body;
    }

    public static JsonObject Without(params string[] members)
    {
        var body = Valid();
        foreach (var member in members)
        {
            body.Remove(member);
        }

        return body;
    }
}
