using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Polis.NgsiLd.Errors;

namespace Polis.NgsiLd.Tests.Http;

public sealed class NgsiLdEndpointsTests(NgsiLdApiFixture api) : IClassFixture<NgsiLdApiFixture>
{
    private const string Berlin = "[[[13.0,52.3],[13.8,52.3],[13.8,52.7],[13.0,52.7],[13.0,52.3]]]";

    [Fact]
    public async Task QueryEntities_TypeAndQ_ReturnsMatchesInIdOrder()
    {
        var ids = await IdsAsync("/ngsi-ld/v1/entities?type=AirQualityObserved&q=pm25>20");

        Assert.Equal(["urn:ngsi-ld:AirQualityObserved:aq-2", "urn:ngsi-ld:AirQualityObserved:aq-3"], ids);
    }

    [Theory]
    [InlineData(2_300, new[] { "aq-1", "aq-2" })]
    [InlineData(2_100, new[] { "aq-2" })]
    public async Task QueryEntities_NearMaxDistance_ReturnsStationsWithinMetres(int metres, string[] expected)
    {
        var ids = await IdsAsync($"/ngsi-ld/v1/entities?type=AirQualityObserved&georel=near;maxDistance=={metres}&geometry=Point&coordinates=[13.409419,52.520817]");

        Assert.Equal(expected.Select(e => "urn:ngsi-ld:AirQualityObserved:" + e), ids);
    }

    [Fact]
    public async Task QueryEntities_WithinPolygon_IncludesBusAtReportedPosition()
    {
        var ids = await IdsAsync($"/ngsi-ld/v1/entities?georel=within&geometry=Polygon&coordinates={Uri.EscapeDataString(Berlin)}");

        Assert.Equal(
            ["urn:ngsi-ld:AirQualityObserved:aq-1", "urn:ngsi-ld:AirQualityObserved:aq-2", "urn:ngsi-ld:ParkingSpot:p-1", "urn:ngsi-ld:ParkingSpot:p-2", "urn:ngsi-ld:Vehicle:bus-1"],
            ids);
    }

    [Fact]
    public async Task QueryEntities_LimitOffsetCount_PagesAfterFilteringAndCountsAll()
    {
        using var response = await api.Client.GetAsync("/ngsi-ld/v1/entities?type=AirQualityObserved&limit=1&offset=1&count=true");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3", Assert.Single(response.Headers.GetValues("NGSILD-Results-Count")));
        Assert.Equal("urn:ngsi-ld:AirQualityObserved:aq-2", (string?)Assert.Single(body)!["id"]);
    }

    [Fact]
    public async Task QueryEntities_KeyValuesWithAttrs_ReturnsSimplifiedProjectionOfEntitiesHavingThem()
    {
        var body = await ArrayAsync("/ngsi-ld/v1/entities?attrs=status&options=keyValues&q=status==\"occupied\"");

        var spot = Assert.Single(body)!.AsObject();
        Assert.Equal(["id", "type", "status"], spot.Select(p => p.Key));
        Assert.Equal("occupied", (string?)spot["status"]);
    }

    [Fact]
    public async Task QueryEntities_IdListAndIdPattern_FilterById()
    {
        var listed = await IdsAsync("/ngsi-ld/v1/entities?id=urn:ngsi-ld:Device:em-1,urn:ngsi-ld:Vehicle:bus-1,urn:ngsi-ld:Vehicle:aq-1");
        var pattern = await IdsAsync("/ngsi-ld/v1/entities?idPattern=^urn:ngsi-ld:Device:.*");

        Assert.Equal(["urn:ngsi-ld:Device:em-1", "urn:ngsi-ld:Vehicle:bus-1"], listed);
        Assert.Equal(["urn:ngsi-ld:Device:em-1", "urn:ngsi-ld:Device:em-2"], pattern);
    }

    [Fact]
    public async Task QueryEntities_DeviceState_ReflectsRecentActivity()
    {
        var ids = await IdsAsync("/ngsi-ld/v1/entities?type=Device&q=deviceState==\"online\"");

        Assert.Equal(["urn:ngsi-ld:Device:em-1"], ids);
    }

    [Fact]
    public async Task QueryEntities_AcceptJsonLd_PutsContextInBody()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ngsi-ld/v1/entities?type=Vehicle");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/ld+json"));
        using var response = await api.Client.SendAsync(request);
        var entity = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray().Single()!;

        Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(NgsiLdContext.CoreContextUrl, (string?)entity["@context"]);
        Assert.False(response.Headers.Contains("Link"));
    }

    [Fact]
    public async Task QueryEntities_AcceptJson_SendsContextInLinkHeader()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ngsi-ld/v1/entities?type=Vehicle");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await api.Client.SendAsync(request);
        var entity = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray().Single()!;

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Null(entity["@context"]);
        var link = Assert.Single(response.Headers.GetValues("Link"));
        Assert.Contains($"<{NgsiLdContext.CoreContextUrl}>", link, StringComparison.Ordinal);
        Assert.Contains("rel=\"http://www.w3.org/ns/json-ld#context\"", link, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("q=pm25>>3", "position 6")]
    [InlineData("georel=within&geometry=Polygon&coordinates=[[[13,52],[14,52],[14,53],[13,53]]]", "must be closed")]
    [InlineData("georel=near&geometry=Point&coordinates=[13,52]", "maxDistance")]
    [InlineData("georel=near;maxDistance==10&geometry=Point", "all of georel, geometry and coordinates")]
    [InlineData("limit=1001", "limit must be between 0 and 1000")]
    [InlineData("limit=abc", "limit must be an integer")]
    [InlineData("options=fancy", "Unsupported option 'fancy'")]
    [InlineData("id=not-a-uri", "Invalid id 'not-a-uri'")]
    public async Task QueryEntities_BadInput_ReturnsBadRequestDataProblem(string parameters, string fragment)
    {
        using var response = await api.Client.GetAsync("/ngsi-ld/v1/entities?" + parameters);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        // ngsijs only parses errors whose Content-Type is exactly application/json.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(NgsiLdErrorTypes.BadRequestData, (string?)problem["type"]);
        Assert.Contains(fragment, (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetrieveEntity_KnownId_ReturnsEntityFromTwin()
    {
        using var response = await api.Client.GetAsync("/ngsi-ld/v1/entities/urn:ngsi-ld:AirQualityObserved:aq-1");
        var entity = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(12.5, (double)entity["pm25"]!["value"]!);
        Assert.Equal("GQ", (string?)entity["pm25"]!["unitCode"]);
        Assert.Equal("GeoProperty", (string?)entity["location"]!["type"]);
    }

    [Fact]
    public async Task RetrieveEntity_KeyValuesWithAttrs_ReturnsProjection()
    {
        var entity = JsonNode.Parse(await api.Client.GetStringAsync("/ngsi-ld/v1/entities/urn:ngsi-ld:ParkingSpot:p-1?options=keyValues&attrs=status,category"))!.AsObject();

        Assert.Equal(["id", "type", "status", "category"], entity.Select(p => p.Key));
        Assert.Equal("occupied", (string?)entity["status"]);
        Assert.Equal("[\"onStreet\"]", entity["category"]!.ToJsonString());
    }

    [Theory]
    [InlineData("urn:ngsi-ld:Vehicle:aq-1", HttpStatusCode.NotFound, NgsiLdErrorTypes.ResourceNotFound)]
    [InlineData("urn:ngsi-ld:Device:nobody", HttpStatusCode.NotFound, NgsiLdErrorTypes.ResourceNotFound)]
    [InlineData("aq-1", HttpStatusCode.BadRequest, NgsiLdErrorTypes.BadRequestData)]
    public async Task RetrieveEntity_UnknownWrongTypeOrNotUri_ReturnsNgsiLdError(string id, HttpStatusCode status, string errorType)
    {
        using var response = await api.Client.GetAsync("/ngsi-ld/v1/entities/" + id);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(errorType, (string?)problem["type"]);
    }

    [Fact]
    public async Task ListTypes_SeededCity_ReturnsTypesInUse()
    {
        var list = JsonNode.Parse(await api.Client.GetStringAsync("/ngsi-ld/v1/types"))!;
        var details = JsonNode.Parse(await api.Client.GetStringAsync("/ngsi-ld/v1/types?details=true"))!.AsArray();

        Assert.Equal("EntityTypeList", (string?)list["type"]);
        Assert.Equal("[\"AirQualityObserved\",\"Device\",\"ParkingSpot\",\"Vehicle\"]", list["typeList"]!.ToJsonString());
        Assert.All(details, d => Assert.Equal("EntityType", (string?)d!["type"]));
        Assert.Equal(4, details.Count);
    }

    [Fact]
    public async Task QueryEntities_AsNgsijsSendsIt_ReturnsLdWithClientContextAndCount()
    {
        // ngsijs: idPattern=.* when nothing else filters, count via options=count, both media types accepted, user context in Link.
        const string userContext = "https://smartdatamodels.org/context.jsonld";
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ngsi-ld/v1/entities?limit=2&options=keyValues,count&idPattern=.*");
        request.Headers.TryAddWithoutValidation("Accept", "application/ld+json, application/json");
        request.Headers.TryAddWithoutValidation("Link", $"<{userContext}>; rel=\"http://www.w3.org/ns/json-ld#context\"; type=\"application/ld+json\"");
        using var response = await api.Client.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("8", Assert.Single(response.Headers.GetValues("NGSILD-Results-Count")));
        Assert.Equal(2, body.Count);
        Assert.All(body, e => Assert.Equal(userContext, (string?)e!["@context"]));
        Assert.Equal(12.5, (double)body[0]!["pm25"]!);
    }

    [Fact]
    public async Task RetrieveEntity_PercentEncodedId_IsDecoded()
    {
        using var response = await api.Client.GetAsync("/ngsi-ld/v1/entities/" + Uri.EscapeDataString("urn:ngsi-ld:Vehicle:bus-1"));
        var entity = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("urn:ngsi-ld:Vehicle:bus-1", (string?)entity["id"]);
        Assert.Equal(30, (double)entity["speed"]!["value"]!);
    }

    [Fact]
    public async Task QueryEntities_WithoutCredentials_IsUnauthorized()
    {
        using var response = await api.Anonymous.GetAsync("/ngsi-ld/v1/entities?type=Vehicle");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<JsonArray> ArrayAsync(string url)
    {
        using var response = await api.Client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonNode.Parse(text)!.AsArray();
    }

    private async Task<List<string?>> IdsAsync(string url) => (await ArrayAsync(url)).Select(e => (string?)e!["id"]).ToList();
}
