using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>
/// The flow FixMyStreet's Open311 client runs against a council's endpoint, through the real process: a form POST in
/// XML with attributes, the request read back, updates posted and listed; a batch service's token resolved; a photo
/// uploaded and served back re-encoded without its metadata.
/// </summary>
[Collection(Open311Polis.Name)]
public sealed class Open311FixMyStreetFlowTests(Open311Fixture fixture)
{
    private readonly Open311Client _client = new(fixture.Anonymous);

    [Fact]
    public async Task PostXmlWithAttributes_ThenGetById_ThenUpdates_AllReadBack()
    {
        var (status, xml) = await _client.PostFormAsync("/open311/v2/requests.xml", Open311Posts.Pothole(fixture.ApiKey, more:
            [("attribute[depth_cm]", "12.5"), ("attribute[seen_at]", "2026-12-01T08:30:00Z"), ("attribute[hazards][]", "water"), ("attribute[hazards][]", "lane"),
             ("attribute[fms_report_url]", "https://fms.example/report/1"), ("device_id", "fms-web"), ("account_id", "fms-user-7")]));
        Assert.True(status == HttpStatusCode.OK, xml);
        var request = XDocument.Parse(xml).Root!.Element("request")!;
        Assert.Equal("service_requests", XDocument.Parse(xml).Root!.Name.LocalName);
        var id = request.Element("service_request_id")!.Value;
        Assert.Equal("fms-user-7", request.Element("account_id")!.Value);

        var (getStatus, json, _) = await _client.GetAsync($"/open311/v2/requests/{id}.json?jurisdiction_id={Open311Fixture.Jurisdiction}");
        Assert.Equal(HttpStatusCode.OK, getStatus);
        Open311Schemas.AssertValid(Open311Schemas.Requests, json);
        var read = JsonNode.Parse(json)!.AsArray().Single()!;
        Assert.Equal(id, (string?)read["service_request_id"]);
        Assert.Equal("open", (string?)read["status"]);
        Assert.Equal("submitted", (string?)read["extended_attributes"]!["status"]);
        Assert.Equal("Pothole", (string?)read["service_name"]);
        Assert.Equal("roads", (string?)read["agency_responsible"]);
        Assert.Equal(55.675, (double)read["lat"]!);
        Assert.Null(read["email"]);

        // The operator sees what Open311 does not publish: the attributes (unknown ones dropped) and the contact.
        var stored = await fixture.Api.GetJsonAsync($"/api/v1/citizens/reports/{id}");
        var attributes = stored["report"]!["attributes"]!;
        Assert.Equal(["water", "lane"], attributes["hazards"]!.AsArray().Select(v => (string)v!).ToArray());
        Assert.Equal("12.5", (string?)attributes["depth_cm"]![0]);
        Assert.Null(attributes["fms_report_url"]);
        Assert.Equal("resident@example.org", (string?)stored["report"]!["contact"]!["email"]);
        Assert.Equal("fms-web", (string?)stored["report"]!["contact"]!["deviceId"]);

        var (updateStatus, updateXml) = await _client.PostFormAsync("/open311/v2/servicerequestupdates.xml",
            ("api_key", fixture.ApiKey), ("service_request_id", id), ("status", "FIXED"), ("description", "Filled <b>today</b>"),
            ("update_id", "fms-comment-1"), ("updated_datetime", "2026-12-03T10:00:00Z"), ("first_name", "Ada"), ("last_name", "Lovelace"));
        Assert.True(updateStatus == HttpStatusCode.OK, updateXml);
        var updateId = XDocument.Parse(updateXml).Root!.Element("request_update")!.Element("update_id")!.Value;

        var (_, updatesJson, _) = await _client.GetAsync("/open311/v2/servicerequestupdates.json");
        var update = JsonNode.Parse(updatesJson)!.AsArray().Single(u => (string?)u!["update_id"] == updateId)!;
        Assert.Equal(id, (string?)update["service_request_id"]);
        Assert.Equal("FIXED", (string?)update["status"]);
        Assert.Equal("Filled today", (string?)update["description"]);

        var (_, afterJson, _) = await _client.GetAsync($"/open311/v2/requests/{id}.json");
        var after = JsonNode.Parse(afterJson)![0]!;
        Assert.Equal("closed", (string?)after["status"]);
        Assert.Equal("fixed", (string?)after["extended_attributes"]!["status"]);
        Assert.Equal("Filled today", (string?)after["status_notes"]);
        Open311Schemas.AssertValid(Open311Schemas.Requests, afterJson);
    }

    [Fact]
    public async Task BatchService_AnswersTokenThatResolvesToTheRequest()
    {
        var (status, body) = await _client.PostFormAsync("/open311/v2/requests.json",
            ("api_key", fixture.ApiKey), ("service_code", "graffiti"), ("address_string", "Quay Street 4"), ("description", "Tag on the wall"));
        Assert.True(status == HttpStatusCode.OK, body);
        Open311Schemas.AssertValid(Open311Schemas.RequestResponses, body);
        var answer = JsonNode.Parse(body)![0]!;
        Assert.Null(answer["service_request_id"]);
        var token = (string)answer["token"]!;

        var (tokenStatus, tokenJson, _) = await _client.GetAsync($"/open311/v2/tokens/{token}.json");
        Assert.Equal(HttpStatusCode.OK, tokenStatus);
        Open311Schemas.AssertValid(Open311Schemas.Tokens, tokenJson);
        var id = (string)JsonNode.Parse(tokenJson)![0]!["service_request_id"]!;
        var (_, requestJson, _) = await _client.GetAsync($"/open311/v2/requests/{id}.json");
        Assert.Equal("Quay Street 4", (string?)JsonNode.Parse(requestJson)![0]!["address"]);

        var (_, tokenXml, _) = await _client.GetAsync($"/open311/v2/tokens/{token}.xml");
        Assert.Equal(id, XDocument.Parse(tokenXml).Root!.Element("request")!.Element("service_request_id")!.Value);
    }

    [Fact]
    public async Task MediaUpload_PngWithLocationText_StoredWithoutItAndServedAtMediaUrl()
    {
        // A real 4×4 PNG carrying a tEXt chunk with where it was taken: what a phone or an editor may leave in a photo.
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAInRFWHRDb21tZW50AHRha2VuIGF0IDU1LjY3NjFOIDEyLjU2ODNF/WGwLQAAABBJREFUeJxjOCEnB0cMxHEAsWMQQTtLY4IAAAAASUVORK5CYII=");
        Assert.Contains("55.6761N", System.Text.Encoding.Latin1.GetString(png), StringComparison.Ordinal);
        var (status, body) = await _client.PostMultipartAsync("/open311/v2/requests.json", png, "photo.png", "image/png", Open311Posts.Pothole(fixture.ApiKey));
        Assert.True(status == HttpStatusCode.OK, body);
        var id = (string)JsonNode.Parse(body)![0]!["service_request_id"]!;

        var (_, json, _) = await _client.GetAsync($"/open311/v2/requests/{id}.json");
        Open311Schemas.AssertValid(Open311Schemas.Requests, json);
        var mediaUrl = new Uri((string)JsonNode.Parse(json)![0]!["media_url"]!);
        var served = await fixture.Anonymous.GetAsync(mediaUrl.PathAndQuery);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        // Re-encoded: still a PNG, the location text gone.
        var stored = await served.Content.ReadAsByteArrayAsync();
        Assert.Equal(png[..8], stored[..8]);
        Assert.DoesNotContain("55.6761N", System.Text.Encoding.Latin1.GetString(stored), StringComparison.Ordinal);
    }
}
