using System.Text.Json.Nodes;
using Polis.NgsiLd.Errors;
using Polis.NgsiLd.Subscriptions;

namespace Polis.NgsiLd.Tests.Subscriptions;

public sealed class SubscriptionParserTests
{
    private static readonly DateTimeOffset Now = SubscriptionBodies.Now;

    [Fact]
    public void Parse_FullBody_ReadsEveryMember()
    {
        var subscription = SubscriptionParser.Parse(SubscriptionBodies.Valid(), NgsiLdContext.CoreContextUrl, Now);

        Assert.Equal("urn:ngsi-ld:Subscription:aq-high", subscription.Id);
        Assert.Equal("AirQualityObserved", Assert.Single(subscription.Entities).Type);
        Assert.Equal(["pm25"], subscription.WatchedAttributes);
        Assert.Equal("pm25>40", subscription.Q);
        Assert.True(subscription.Notification.KeyValues);
        Assert.Equal(["pm25"], subscription.Notification.Attributes);
        Assert.Equal(new Uri("http://127.0.0.1:9/notify"), subscription.Notification.Endpoint);
        Assert.Equal(5, subscription.Throttling);
        Assert.Equal(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), subscription.ExpiresAt);
        Assert.True(subscription.IsActive);
        Assert.Equal("High PM2.5", subscription.Name);
    }

    [Fact]
    public void Parse_NoId_GeneratesSubscriptionUrn()
    {
        var subscription = SubscriptionParser.Parse(SubscriptionBodies.Without("id"), NgsiLdContext.CoreContextUrl, Now);

        Assert.StartsWith("urn:ngsi-ld:Subscription:", subscription.Id, StringComparison.Ordinal);
        Assert.True(subscription.Id.Length > "urn:ngsi-ld:Subscription:".Length);
    }

    [Fact]
    public void Parse_StoredDefinition_RoundTripsThroughJson()
    {
        var original = SubscriptionParser.Parse(SubscriptionBodies.With("geoQ", JsonNode.Parse("""{"georel":"near;maxDistance==500","geometry":"Point","coordinates":[13.4,52.5]}""")), "https://example.org/context.jsonld", Now);

        var stored = SubscriptionJson.ToJson(original);
        var read = SubscriptionParser.Parse(JsonNode.Parse(stored.ToJsonString())!.AsObject(), NgsiLdContext.CoreContextUrl, null);

        Assert.Equal(SubscriptionJson.ToJson(original).ToJsonString(), SubscriptionJson.ToJson(read).ToJsonString());
        Assert.Equal("https://example.org/context.jsonld", read.Context);
        Assert.Equal("near;maxDistance==500", read.GeoQ!.Georel);
    }

    [Theory]
    [InlineData("type", "\"Entity\"", "type")]
    [InlineData("id", "\"not a uri\"", "id")]
    [InlineData("q", "\"pm25>>\"", "q")]
    [InlineData("throttling", "-1", "throttling")]
    [InlineData("throttling", "\"5\"", "throttling")]
    [InlineData("expiresAt", "\"2020-01-01T00:00:00Z\"", "future")]
    [InlineData("expiresAt", "\"tomorrow\"", "expiresAt")]
    [InlineData("isActive", "\"yes\"", "isActive")]
    [InlineData("watchedAttributes", "[]", "watchedAttributes")]
    [InlineData("entities", "[{\"id\":\"urn:ngsi-ld:AirQualityObserved:aq-1\"}]", "type")]
    [InlineData("entities", "[{\"type\":\"Device\",\"idPattern\":\"([a-z\"}]", "idPattern")]
    [InlineData("geoQ", "{\"georel\":\"near\",\"geometry\":\"Point\",\"coordinates\":[13.4,52.5]}", "near")]
    [InlineData("notification", "{\"format\":\"concise\",\"endpoint\":{\"uri\":\"http://a.example/n\"}}", "format")]
    [InlineData("notification", "{\"endpoint\":{\"uri\":\"ftp://a.example/n\"}}", "http or https")]
    [InlineData("notification", "{\"endpoint\":{\"uri\":\"/relative/path\"}}", "absolute")]
    [InlineData("notification", "{\"endpoint\":{\"uri\":\"http://a.example/n\",\"accept\":\"text/plain\"}}", "accept")]
    [InlineData("notification", "{\"attributes\":[]}", "endpoint")]
    [InlineData("notification", "null", "notification")]
    public void Parse_BadMember_BadRequestDataNamingIt(string member, string json, string mentioned)
    {
        var body = SubscriptionBodies.With(member, JsonNode.Parse(json));

        var error = Assert.Throws<NgsiLdException>(() => SubscriptionParser.Parse(body, NgsiLdContext.CoreContextUrl, Now));

        Assert.Equal(NgsiLdErrorTypes.BadRequestData, error.ErrorType);
        Assert.Equal(400, error.StatusCode);
        Assert.Contains(mentioned, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NeitherEntitiesNorWatchedAttributes_BadRequestData()
    {
        var error = Assert.Throws<NgsiLdException>(() => SubscriptionParser.Parse(SubscriptionBodies.Without("entities", "watchedAttributes"), NgsiLdContext.CoreContextUrl, Now));

        Assert.Equal(NgsiLdErrorTypes.BadRequestData, error.ErrorType);
    }

    [Fact]
    public void Parse_TimeInterval_OperationNotSupported()
    {
        var error = Assert.Throws<NgsiLdException>(() => SubscriptionParser.Parse(SubscriptionBodies.With("timeInterval", 60), NgsiLdContext.CoreContextUrl, Now));

        Assert.Equal(NgsiLdErrorTypes.OperationNotSupported, error.ErrorType);
    }

    [Fact]
    public void Parse_IdAndIdPattern_IdWinsAsTheSpecSays()
    {
        var body = SubscriptionBodies.With("entities", JsonNode.Parse("""[{"type":"Device","id":"urn:ngsi-ld:Device:m-1","idPattern":".*"}]"""));

        var selector = Assert.Single(SubscriptionParser.Parse(body, NgsiLdContext.CoreContextUrl, Now).Entities);

        Assert.Equal("urn:ngsi-ld:Device:m-1", selector.Id);
        Assert.Null(selector.IdPattern);
    }

    [Fact]
    public void Parse_ExpiredDefinitionFromStore_IsAccepted()
    {
        var body = SubscriptionBodies.With("expiresAt", "2020-01-01T00:00:00Z");

        var subscription = SubscriptionParser.Parse(body, NgsiLdContext.CoreContextUrl, null);

        Assert.Equal("expired", subscription.StatusAt(Now));
    }
}
