using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>
/// Bad POSTs get the spec's errors (403 for a missing, wrong or revoked api_key, 400 for the rest), every one valid
/// against the error schema, and none of them stores a report; HTML in a description is stripped, its text kept.
/// </summary>
[Collection(Open311Polis.Name)]
public sealed class Open311BadInputTests(Open311Fixture fixture)
{
    private readonly Open311Client _client = new(fixture.Anonymous);

    private static async Task AssertRefusedAsync(HttpStatusCode expected, string named, (HttpStatusCode Status, string Body) answer)
    {
        Assert.True(answer.Status == expected, $"{(int)answer.Status}: {answer.Body}");
        Open311Schemas.AssertValid(Open311Schemas.Errors, answer.Body);
        var error = JsonNode.Parse(answer.Body)![0]!;
        Assert.Equal((int)expected, (int)error["code"]!);
        Assert.Contains(named, (string?)error["description"], StringComparison.OrdinalIgnoreCase);
    }

    private static (string, string)[] Without(string name, (string Name, string Value)[] fields) => fields.Where(f => f.Name != name).ToArray();

    private static (string, string)[] With(string name, string value, (string Name, string Value)[] fields) => [.. Without(name, fields), (name, value)];

    [Fact]
    public async Task Post_BadApiKeyOrParameters_SpecErrorsAndNothingStored()
    {
        var before = await fixture.CountReportsAsync();
        var valid = Open311Posts.Pothole(fixture.ApiKey);
        const string Path = "/open311/v2/requests.json";

        await AssertRefusedAsync(HttpStatusCode.Forbidden, "api_key", await _client.PostFormAsync(Path, Without("api_key", valid)));
        await AssertRefusedAsync(HttpStatusCode.Forbidden, "api_key", await _client.PostFormAsync(Path, With("api_key", "o311_not-a-key", valid)));
        await AssertRefusedAsync(HttpStatusCode.NotFound, "jurisdiction_id", await _client.PostFormAsync(Path, With("jurisdiction_id", "elsewhere", valid)));
        await AssertRefusedAsync(HttpStatusCode.BadRequest, "service_code", await _client.PostFormAsync(Path, Without("service_code", valid)));
        await AssertRefusedAsync(HttpStatusCode.BadRequest, "service_code 'no-such'", await _client.PostFormAsync(Path, With("service_code", "no-such", valid)));
        await AssertRefusedAsync(HttpStatusCode.BadRequest, "attribute[size] is required", await _client.PostFormAsync(Path, Without("attribute[size]", valid)));
        await AssertRefusedAsync(HttpStatusCode.BadRequest, "attribute[size]", await _client.PostFormAsync(Path, With("attribute[size]", "huge", valid)));
        await AssertRefusedAsync(HttpStatusCode.BadRequest, "attribute[depth_cm]", await _client.PostFormAsync(Path, [.. valid, ("attribute[depth_cm]", "deep")]));
        await AssertRefusedAsync(HttpStatusCode.BadRequest, "attribute[seen_at]", await _client.PostFormAsync(Path, [.. valid, ("attribute[seen_at]", "last tuesday")]));
        await AssertRefusedAsync(HttpStatusCode.BadRequest, "lat", await _client.PostFormAsync(Path, With("lat", "91", valid)));
        await AssertRefusedAsync(HttpStatusCode.BadRequest, "long", await _client.PostFormAsync(Path, With("long", "-180.5", valid)));
        await AssertRefusedAsync(HttpStatusCode.BadRequest, "0", await _client.PostFormAsync(Path, With("lat", "0", With("long", "0", valid))));
        await AssertRefusedAsync(HttpStatusCode.BadRequest, "outside the city", await _client.PostFormAsync(Path, With("lat", "48.85", With("long", "2.35", valid))));
        await AssertRefusedAsync(HttpStatusCode.BadRequest, "lat and long", await _client.PostFormAsync(Path, Without("long", valid)));
        await AssertRefusedAsync(HttpStatusCode.BadRequest, "location", await _client.PostFormAsync(Path, Without("lat", Without("long", valid))));
        await AssertRefusedAsync(HttpStatusCode.BadRequest, "4000", await _client.PostFormAsync(Path, With("description", new string('x', 4001), valid)));

        var revoked = await fixture.IssueKeyAsync("revoked client");
        var keys = await fixture.Api.Http.GetFromJsonAsync<JsonArray>("/api/v1/citizens/open311-keys");
        var revokedId = (string)keys!.Single(k => (string?)k!["name"] == "revoked client")!["id"]!;
        Assert.Equal(HttpStatusCode.NoContent, (await fixture.Api.Http.DeleteAsync(new Uri($"/api/v1/citizens/open311-keys/{revokedId}", UriKind.Relative))).StatusCode);
        await AssertRefusedAsync(HttpStatusCode.Forbidden, "api_key", await _client.PostFormAsync(Path, With("api_key", revoked, valid)));

        var (xmlStatus, xml) = await _client.PostFormAsync("/open311/v2/requests.xml", Without("api_key", valid));
        Assert.Equal(HttpStatusCode.Forbidden, xmlStatus);
        Assert.Equal("403", XDocument.Parse(xml).Root!.Element("error")!.Element("code")!.Value);

        Assert.Equal(before, await fixture.CountReportsAsync());
    }

    [Fact]
    public async Task Post_OversizedOrNonImageUpload_RefusedAndNothingStored()
    {
        var before = await fixture.CountReportsAsync();
        var valid = Open311Posts.Pothole(fixture.ApiKey);
        byte[] jpegHeader = [0xFF, 0xD8, 0xFF, 0xE0];
        var oversized = jpegHeader.Concat(new byte[Open311Fixture.MaxMediaBytes]).ToArray();
        await AssertRefusedAsync(HttpStatusCode.BadRequest, "at most", await _client.PostMultipartAsync("/open311/v2/requests.json", oversized, "big.jpg", "image/jpeg", valid));

        // A text file that claims to be a JPEG by name and type: judged by its bytes.
        var text = "<html>not a photo</html>"u8.ToArray();
        await AssertRefusedAsync(HttpStatusCode.BadRequest, "must be a JPEG", await _client.PostMultipartAsync("/open311/v2/requests.json", text, "photo.jpg", "image/jpeg", valid));

        // A JPEG that starts right and stops: refused, not stored half-decoded.
        await AssertRefusedAsync(HttpStatusCode.BadRequest, "cut off", await _client.PostMultipartAsync("/open311/v2/requests.json", [.. jpegHeader, 0x00, 0x10, 0x4A, 0x46], "cut.jpg", "image/jpeg", valid));
        Assert.Equal(before, await fixture.CountReportsAsync());
    }

    [Fact]
    public async Task Post_HtmlInDescription_StoredAsItsText()
    {
        var (status, body) = await _client.PostFormAsync("/open311/v2/requests.json",
            Open311Posts.Pothole(fixture.ApiKey, "<p>Big <b>hole</b> &amp; water</p><script>alert('x')</script><img src=x onerror=alert(1)>"));
        Assert.True(status == HttpStatusCode.OK, body);
        var id = (string)JsonNode.Parse(body)![0]!["service_request_id"]!;
        var (_, json, _) = await _client.GetAsync($"/open311/v2/requests/{id}.json");
        Assert.Equal("Big hole & water", (string?)JsonNode.Parse(json)![0]!["description"]);
    }
}
