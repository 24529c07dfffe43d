using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>
/// Discovery, the service list and service definitions through the real process, anonymous as Open311 clients are:
/// every JSON body validates against the shared GeoReport v2 schemas, XML has the spec's shape, and the spec's errors
/// (unknown format, wrong jurisdiction, unknown service) validate against the error schema.
/// </summary>
[Collection(Open311Polis.Name)]
public sealed class Open311ServiceTests(Open311Fixture fixture)
{
    private readonly Open311Client _client = new(fixture.Anonymous);

    [Fact]
    public async Task Services_BothFormats_SchemaValidAndTheSameServices()
    {
        var (status, json, mediaType) = await _client.GetAsync("/open311/v2/services.json");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", mediaType);
        Open311Schemas.AssertValid(Open311Schemas.Services, json);
        var services = JsonNode.Parse(json)!.AsArray();
        var pothole = services.Single(s => (string?)s!["service_code"] == "pothole")!;
        Assert.Equal("Pothole", (string?)pothole["service_name"]);
        Assert.True((bool)pothole["metadata"]!);
        Assert.Equal("realtime", (string?)pothole["type"]);
        Assert.Equal("streets", (string?)pothole["group"]);
        Assert.Equal("batch", (string?)services.Single(s => (string?)s!["service_code"] == "graffiti")!["type"]);

        var (xmlStatus, xml, xmlType) = await _client.GetAsync("/open311/v2/services.xml");
        Assert.Equal(HttpStatusCode.OK, xmlStatus);
        Assert.Equal("text/xml", xmlType);
        Assert.Equal("services/service", Open311Client.XmlShape(xml));
        var codes = XDocument.Parse(xml).Root!.Elements("service").Select(s => s.Element("service_code")!.Value).ToArray();
        Assert.Equal(services.Select(s => (string)s!["service_code"]!).ToArray(), codes);
    }

    [Fact]
    public async Task ServiceDefinition_EveryDatatype_SchemaValidInOrderWithValues()
    {
        var (status, json, _) = await _client.GetAsync($"/open311/v2/services/pothole.json?jurisdiction_id={Open311Fixture.Jurisdiction}");
        Assert.Equal(HttpStatusCode.OK, status);
        Open311Schemas.AssertValid(Open311Schemas.ServiceDefinition, json);
        var attributes = JsonNode.Parse(json)!["attributes"]!.AsArray();
        Assert.Equal(["datetime", "multivaluelist", "number", "singlevaluelist", "string", "text"], attributes.Select(a => (string)a!["datatype"]!).Distinct().Order().ToArray());
        Assert.Equal(["size", "depth_cm", "seen_at", "landmark", "details", "hazards", "note"], attributes.Select(a => (string)a!["code"]!).ToArray());
        Assert.Equal(["small", "large"], attributes[0]!["values"]!.AsArray().Select(v => (string)v!["key"]!).ToArray());
        Assert.True((bool)attributes[0]!["required"]!);
        Assert.False((bool)attributes[6]!["variable"]!);
        Assert.Equal("centimetres", (string?)attributes[1]!["datatype_description"]);

        var (_, xml, _) = await _client.GetAsync("/open311/v2/services/pothole.xml");
        var root = XDocument.Parse(xml).Root!;
        Assert.Equal("service_definition", root.Name.LocalName);
        var sizeValues = root.Element("attributes")!.Elements("attribute").First().Element("values")!.Elements("value").Select(v => v.Element("key")!.Value);
        Assert.Equal(["small", "large"], sizeValues);
    }

    [Fact]
    public async Task Discovery_BothFormats_NamesTheSpecificationAndFormats()
    {
        var (status, json, _) = await _client.GetAsync("/open311/v2/discovery.json");
        Assert.Equal(HttpStatusCode.OK, status);
        var endpoint = JsonNode.Parse(json)!["endpoints"]![0]!;
        Assert.Equal("http://wiki.open311.org/GeoReport_v2", (string?)endpoint["specification"]);
        Assert.EndsWith("/open311/v2", (string?)endpoint["url"], StringComparison.Ordinal);
        var (_, xml, _) = await _client.GetAsync("/open311/v2/discovery.xml");
        Assert.Equal(["text/xml", "application/json"], XDocument.Parse(xml).Descendants("format").Select(f => f.Value).ToArray());
    }

    [Theory]
    [InlineData("/open311/v2/services.json?jurisdiction_id=elsewhere", HttpStatusCode.NotFound, "jurisdiction_id")]
    [InlineData("/open311/v2/services/no-such-service.json", HttpStatusCode.NotFound, "service_code")]
    [InlineData("/open311/v2/services.csv", HttpStatusCode.BadRequest, "format")]
    [InlineData("/open311/v2/requests/999999.json", HttpStatusCode.NotFound, "service_request_id")]
    [InlineData("/open311/v2/tokens/no-such-token.json", HttpStatusCode.NotFound, "token")]
    public async Task Read_BadParameter_SpecErrorSchemaValid(string path, HttpStatusCode expected, string named)
    {
        var (status, json, _) = await _client.GetAsync(path);
        Assert.Equal(expected, status);
        Open311Schemas.AssertValid(Open311Schemas.Errors, json);
        var error = JsonNode.Parse(json)![0]!;
        Assert.Equal((int)expected, (int)error["code"]!);
        Assert.Contains(named, (string?)error["description"], StringComparison.Ordinal);

        var (xmlStatus, xml, _) = await _client.GetAsync(path.Replace(".json", ".xml", StringComparison.Ordinal));
        if (!path.Contains(".csv", StringComparison.Ordinal))
        {
            Assert.Equal(expected, xmlStatus);
            var xmlError = XDocument.Parse(xml).Root!;
            Assert.Equal("errors", xmlError.Name.LocalName);
            Assert.Equal(((int)expected).ToString(System.Globalization.CultureInfo.InvariantCulture), xmlError.Element("error")!.Element("code")!.Value);
        }
    }
}
