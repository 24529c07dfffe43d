using System.Text.Json.Nodes;
using Polis.NgsiLd.Query;

namespace Polis.NgsiLd.Tests.Query;

public sealed class QEvaluatorTests
{
    private static readonly JsonObject _entity = JsonNode.Parse("""
        {
          "id": "urn:ngsi-ld:AirQualityObserved:aq-1",
          "type": "AirQualityObserved",
          "pm25": { "type": "Property", "value": 42.5, "observedAt": "2026-11-23T10:00:00.000Z", "unitCode": "GQ" },
          "name": { "type": "Property", "value": "Station Harbour" },
          "status": { "type": "Property", "value": "occupied" },
          "open": { "type": "Property", "value": true },
          "category": { "type": "Property", "value": ["onStreet", "forDisabled"] },
          "address": { "type": "Property", "value": { "city": "Polis", "district": "Harbour" } },
          "dateObserved": { "type": "Property", "value": { "@type": "DateTime", "@value": "2026-11-23T10:00:00.000Z" } },
          "refStation": { "type": "Relationship", "object": "urn:ngsi-ld:Station:s1" }
        }
        """)!.AsObject();

    [Theory]
    [InlineData("pm25>35", true)]
    [InlineData("pm25>=42.5", true)]
    [InlineData("pm25<42.5", false)]
    [InlineData("pm25==40..50", true)]
    [InlineData("pm25==10..20", false)]
    [InlineData("pm25!=42.5", false)]
    [InlineData("pm25==1,2,42.5", true)]
    [InlineData("status==\"occupied\"", true)]
    [InlineData("status==occupied", true)]
    [InlineData("status!=\"free\"", true)]
    [InlineData("status==\"free\",\"closed\"", false)]
    [InlineData("open==true", true)]
    [InlineData("open==false", false)]
    [InlineData("name~=\"^Station H\"", true)]
    [InlineData("name!~=Harbour", false)]
    [InlineData("category==\"forDisabled\"", true)]
    [InlineData("address[district]==\"Harbour\"", true)]
    [InlineData("address[city]==\"Elsewhere\"", false)]
    [InlineData("pm25.unitCode==\"GQ\"", true)]
    [InlineData("pm25.observedAt>=2026-11-23T09:00:00Z", true)]
    [InlineData("dateObserved<\"2026-11-23T09:59:59Z\"", false)]
    [InlineData("dateObserved==2026-11-23T10:00:00Z", true)]
    [InlineData("refStation==urn:ngsi-ld:Station:s1", true)]
    [InlineData("pm25", true)]
    [InlineData("no2", false)]
    [InlineData("!no2", true)]
    [InlineData("no2!=1", false)]
    [InlineData("pm25>\"40\"", false)]
    [InlineData("pm25>100|status==\"occupied\"", true)]
    [InlineData("pm25>100;status==\"occupied\"", false)]
    [InlineData("(pm25>100|open==true);name~=Harbour", true)]
    [InlineData("name~=Harbour;pm25>100", false)]
    [InlineData("name~=(Harbour|Port);open==true", true)]
    [InlineData("name~=\"(Harbour|Port)\"|pm25>100", true)]
    [InlineData("pm25 > 40 ; status == \"occupied\"", true)]
    public void Matches_QueryAgainstEntity_ReturnsExpected(string q, bool expected)
    {
        Assert.Equal(expected, QEvaluator.Matches(QParser.Parse(q), _entity));
    }
}
