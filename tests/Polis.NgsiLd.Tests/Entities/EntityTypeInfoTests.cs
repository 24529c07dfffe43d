using System.Text.Json.Nodes;
using Polis.NgsiLd.Entities;

namespace Polis.NgsiLd.Tests.Entities;

public sealed class EntityTypeInfoTests
{
    [Fact]
    public void Build_EntitiesWithDifferentAttributes_CountsEntitiesAndUnitesAttributeNamesWithTheirTypes()
    {
        JsonObject[] entities =
        [
            JsonNode.Parse("""{"id":"urn:ngsi-ld:AirQualityObserved:a","type":"AirQualityObserved","pm25":{"type":"Property","value":1},"location":{"type":"GeoProperty","value":{"type":"Point","coordinates":[13,52]}}}""")!.AsObject(),
            JsonNode.Parse("""{"id":"urn:ngsi-ld:AirQualityObserved:b","type":"AirQualityObserved","no2":{"type":"Property","value":2},"pm25":{"type":"Property","value":3}}""")!.AsObject(),
        ];

        var info = EntityTypeInfo.Build("AirQualityObserved", entities);

        Assert.Equal("EntityTypeInfo", (string?)info["type"]);
        Assert.Equal("AirQualityObserved", (string?)info["typeName"]);
        Assert.Equal(2, (int)info["entityCount"]!);
        var details = info["attributeDetails"]!.AsArray().Select(a => $"{a!["attributeName"]}:{a["attributeTypes"]!.ToJsonString()}");
        Assert.Equal(["location:[\"GeoProperty\"]", "no2:[\"Property\"]", "pm25:[\"Property\"]"], details);
        Assert.All(info["attributeDetails"]!.AsArray(), a => Assert.Equal("Attribute", (string?)a!["type"]));
    }
}
