using System.Text.Json.Nodes;
using Polis.NgsiLd.Entities;
using Polis.NgsiLd.Subscriptions;

namespace Polis.NgsiLd.Tests.Subscriptions;

public sealed class SubscriptionFilterTests
{
    private const string Aq1 = "urn:ngsi-ld:AirQualityObserved:aq-1";

    [Theory]
    [InlineData("""[{"type":"AirQualityObserved"}]""", "AirQualityObserved", Aq1, true)]
    [InlineData("""[{"type":"https://smartdatamodels.org/dataModel.Environment/AirQualityObserved"}]""", "AirQualityObserved", Aq1, true)]
    [InlineData("""[{"type":"Vehicle"}]""", "AirQualityObserved", Aq1, false)]
    [InlineData("""[{"type":"AirQualityObserved","id":"urn:ngsi-ld:AirQualityObserved:aq-2"}]""", "AirQualityObserved", Aq1, false)]
    [InlineData("""[{"type":"AirQualityObserved","idPattern":"aq-[0-9]$"}]""", "AirQualityObserved", Aq1, true)]
    [InlineData("""[{"type":"AirQualityObserved","idPattern":"^urn:ngsi-ld:AirQualityObserved:berlin-"}]""", "AirQualityObserved", Aq1, false)]
    [InlineData("""[{"type":"Vehicle"},{"type":"AirQualityObserved"}]""", "AirQualityObserved", Aq1, true)]
    public void MatchesEntity_Selectors_TypeAndIdOrPattern(string entities, string type, string id, bool expected)
    {
        var filter = Filter(SubscriptionBodies.With("entities", JsonNode.Parse(entities)));

        Assert.Equal(expected, filter.MatchesEntity(type, id));
    }

    [Fact]
    public void MatchesEntity_OnlyWatchedAttributes_AnyEntity()
    {
        var filter = Filter(SubscriptionBodies.Without("entities"));

        Assert.True(filter.MatchesEntity("Vehicle", "urn:ngsi-ld:Vehicle:bus-1"));
    }

    [Theory]
    [InlineData("AirQualityObserved", "pm25", "pm25", true)]
    [InlineData("AirQualityObserved", "no2", "pm25", false)]
    [InlineData("AirQualityObserved", "humidity", "relativeHumidity", true)]
    [InlineData("Vehicle", "latitude", "location", true)]
    [InlineData("Vehicle", "bearing", "heading", true)]
    [InlineData("ParkingSpot", "occupied", "status", true)]
    [InlineData("ParkingSpot", "occupied", "occupied", false)]
    [InlineData("Device", "energy", "value", true)]
    public void Watches_ReadingKeys_MapToEntityAttributes(string type, string key, string watched, bool expected)
    {
        var filter = Filter(SubscriptionBodies.With("watchedAttributes", new JsonArray(watched)));

        Assert.Equal(expected, filter.Watches(ReadingAttributes.Changed(type, [key])));
    }

    [Fact]
    public void Watches_NoWatchedAttributes_AnyChange()
    {
        var filter = Filter(SubscriptionBodies.Without("watchedAttributes"));

        Assert.True(filter.Watches(ReadingAttributes.Changed("AirQualityObserved", ["no2"])));
        Assert.False(filter.Watches(ReadingAttributes.Changed("AirQualityObserved", [])));
    }

    [Theory]
    [InlineData(42.5, true)]
    [InlineData(40, false)]
    public void MatchesContent_Q_EvaluatedOnTheEntity(double pm25, bool expected)
    {
        var filter = Filter(SubscriptionBodies.Valid());

        Assert.Equal(expected, filter.MatchesContent(Entity(pm25, 13.4, 52.5)));
    }

    [Theory]
    [InlineData(13.4010, 52.5010, true)]
    [InlineData(13.5, 52.6, false)]
    public void MatchesContent_GeoQNear_UsesTheEntityLocation(double longitude, double latitude, bool expected)
    {
        var body = SubscriptionBodies.With("geoQ", JsonNode.Parse("""{"georel":"near;maxDistance==500","geometry":"Point","coordinates":[13.4,52.5]}"""));

        Assert.Equal(expected, Filter(body).MatchesContent(Entity(50, longitude, latitude)));
    }

    private static SubscriptionFilter Filter(JsonObject body) =>
        new(SubscriptionParser.Parse(body, NgsiLdContext.CoreContextUrl, SubscriptionBodies.Now));

    private static JsonObject Entity(double pm25, double longitude, double latitude) => new()
    {
        ["id"] = Aq1,
        ["type"] = "AirQualityObserved",
        ["pm25"] = NgsiLdValues.Property(pm25, 0),
        ["location"] = NgsiLdValues.GeoProperty(new Polis.Platform.Devices.GeoPoint(longitude, latitude)),
    };
}
