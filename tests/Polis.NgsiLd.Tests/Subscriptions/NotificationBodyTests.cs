using System.Text.Json.Nodes;
using Polis.NgsiLd.Entities;
using Polis.NgsiLd.Subscriptions;

namespace Polis.NgsiLd.Tests.Subscriptions;

public sealed class NotificationBodyTests
{
    private static readonly JsonObject Entity = new()
    {
        ["id"] = "urn:ngsi-ld:AirQualityObserved:aq-1",
        ["type"] = "AirQualityObserved",
        ["pm25"] = NgsiLdValues.Property(42.5, 0, "GQ"),
        ["no2"] = NgsiLdValues.Property(10, 0),
    };

    [Fact]
    public void Build_KeyValuesWithAttributes_ProjectsAndSimplifies()
    {
        var subscription = SubscriptionParser.Parse(SubscriptionBodies.Valid(), "https://example.org/ctx.jsonld", SubscriptionBodies.Now);

        var body = NotificationBody.Build(subscription, [Entity], SubscriptionBodies.Now);

        Assert.Equal("Notification", (string?)body["type"]);
        Assert.StartsWith(NotificationBody.IdPrefix, (string?)body["id"], StringComparison.Ordinal);
        Assert.Equal("urn:ngsi-ld:Subscription:aq-high", (string?)body["subscriptionId"]);
        Assert.Equal("2026-11-23T12:00:00.000Z", (string?)body["notifiedAt"]);
        Assert.False(body.ContainsKey("@context"));
        var data = Assert.Single(body["data"]!.AsArray())!.AsObject();
        Assert.Equal(["id", "type", "pm25"], data.Select(p => p.Key));
        Assert.Equal(42.5, (double)data["pm25"]!);
    }

    [Fact]
    public void Build_NormalizedForJsonLd_ContextInBodyAndAttributesIntact()
    {
        var notification = JsonNode.Parse("""{"endpoint":{"uri":"http://127.0.0.1:9/n","accept":"application/ld+json"}}""");
        var subscription = SubscriptionParser.Parse(SubscriptionBodies.With("notification", notification), "https://example.org/ctx.jsonld", SubscriptionBodies.Now);

        var body = NotificationBody.Build(subscription, [Entity], SubscriptionBodies.Now);

        Assert.Equal("https://example.org/ctx.jsonld", (string?)body["@context"]);
        var data = Assert.Single(body["data"]!.AsArray())!.AsObject();
        Assert.Equal("Property", (string?)data["no2"]!["type"]);
        Assert.Equal("GQ", (string?)data["pm25"]!["unitCode"]);
        Assert.False(data.ContainsKey("@context"));
    }
}
