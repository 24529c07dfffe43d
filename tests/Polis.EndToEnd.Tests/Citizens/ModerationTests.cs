using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>
/// Moderation through the real process: redacted words read "[redacted]" and a redacted photo loses its media_url (and
/// its URL answers 404) on Open311, a hidden report is gone from every public read (by id, in lists, in updates) until
/// unhidden, while the operators' API keeps the original; every Open311 answer still validates against the schemas.
/// </summary>
[Collection(Open311Polis.Name)]
public sealed class ModerationTests(Open311Fixture fixture)
{
    // A real 4×4 PNG (the one the photo tests post).
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAInRFWHRDb21tZW50AHRha2VuIGF0IDU1LjY3NjFOIDEyLjU2ODNF/WGwLQAAABBJREFUeJxjOCEnB0cMxHEAsWMQQTtLY4IAAAAASUVORK5CYII=");

    private readonly Open311Client _open311 = new(fixture.Anonymous);

    [Fact]
    public async Task RedactTextAndPhoto_Open311ShowsTheModeratedReport_OperatorsTheOriginal()
    {
        var description = "Hole outside no. 12, Jensen's house, call Jensen on 20 30 40 50";
        var (status, body) = await _open311.PostMultipartAsync("/open311/v2/requests.json", Png, "photo.png", "image/png", Open311Posts.Pothole(fixture.ApiKey, description));
        Assert.True(status == HttpStatusCode.OK, body);
        var id = (string)JsonNode.Parse(body)![0]!["service_request_id"]!;
        var reports = new DuplicateReports(fixture, "pothole");
        var mediaUrl = new Uri((string)(await reports.Open311RequestAsync(id))["media_url"]!);
        var mediaId = mediaUrl.Segments[^1];

        var redacted = await ActAsync(id, "redact-text", new { reason = "Personal data", words = new[] { "jensen", "20 30 40 50" } });
        Assert.Equal("Hole outside no. 12, [redacted]'s house, call [redacted] on [redacted]", (string)redacted["publicDescription"]!);
        await ActAsync(id, "redact-photo", new { reason = "A face is visible", mediaId });

        var open311 = await reports.Open311RequestAsync(id);
        Assert.Equal("Hole outside no. 12, [redacted]'s house, call [redacted] on [redacted]", (string)open311["description"]!);
        Assert.Null(open311["media_url"]);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Anonymous.GetAsync(new Uri(mediaUrl.PathAndQuery, UriKind.Relative))).StatusCode);
        var (_, xml, _) = await _open311.GetAsync($"/open311/v2/requests/{id}.xml");
        Assert.Contains("[redacted]'s house", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("Jensen", xml, StringComparison.Ordinal);

        var staff = await fixture.Api.GetJsonAsync($"/api/v1/citizens/reports/{id}");
        Assert.Equal(description, (string)staff["report"]!["description"]!);
        Assert.Equal(mediaUrl.ToString(), (string)staff["report"]!["mediaUrl"]!);
        var moderation = await fixture.Api.GetJsonAsync($"/api/v1/citizens/reports/{id}/moderation");
        Assert.Equal(["redact-text", "redact-photo"], moderation["acts"]!.AsArray().Select(a => (string)a!["kind"]!));
        Assert.Equal(PolisProcess.AdminEmail, (string)moderation["acts"]![1]!["moderator"]!);
        Assert.Equal([mediaId], moderation["redactedPhotos"]!.AsArray().Select(p => (string)p!));

        var again = await fixture.Api.Http.PostAsJsonAsync($"/api/v1/citizens/reports/{id}/moderation/redact-photo", new { reason = "again", mediaId });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var unknown = await fixture.Api.Http.PostAsJsonAsync($"/api/v1/citizens/reports/{id}/moderation/redact-photo", new { reason = "x", mediaId = "not-a-photo" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var noReason = await fixture.Api.Http.PostAsJsonAsync($"/api/v1/citizens/reports/{id}/moderation/hide", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.NotNull((await PolisApi.ReadProblemAsync(noReason))["errors"]!["reason"]);
        var outside = await fixture.Api.Http.PostAsJsonAsync($"/api/v1/citizens/reports/{id}/moderation/redact-text", new { reason = "x", ranges = new[] { new { start = 60, length = 50 } } });
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
    }

    [Fact]
    public async Task Hide_ReportGoneFromEveryPublicRead_UntilUnhidden()
    {
        var client = new Open311Client(fixture.Anonymous);
        var shown = await Open311Posts.CreatePotholeAsync(client, fixture.ApiKey);
        var hidden = await Open311Posts.CreatePotholeAsync(client, fixture.ApiKey);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Api.Http.PostAsJsonAsync($"/api/v1/citizens/reports/{hidden}/status", new { status = "confirmed", note = "Seen it." })).StatusCode);
        await ActAsync(hidden, "hide", new { reason = "Abusive language" });

        var (byIdStatus, byId, _) = await client.GetAsync($"/open311/v2/requests/{hidden}.json");
        Assert.Equal(HttpStatusCode.NotFound, byIdStatus);
        Open311Schemas.AssertValid(Open311Schemas.Errors, byId);
        var (_, list, _) = await client.GetAsync($"/open311/v2/requests.json?service_request_id={shown},{hidden}");
        Open311Schemas.AssertValid(Open311Schemas.Requests, list);
        Assert.Equal([shown], JsonNode.Parse(list)!.AsArray().Select(r => (string)r!["service_request_id"]!));
        var (_, updates, _) = await client.GetAsync("/open311/v2/servicerequestupdates.json");
        Assert.DoesNotContain(JsonNode.Parse(updates)!.AsArray(), u => (string)u!["service_request_id"]! == hidden);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Api.Http.GetAsync(new Uri($"/api/v1/citizens/reports/{hidden}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await fixture.Api.Http.PostAsJsonAsync($"/api/v1/citizens/reports/{hidden}/moderation/hide", new { reason = "twice" })).StatusCode);

        await ActAsync(hidden, "unhide", new { reason = "Reviewed: acceptable" });
        var (backStatus, back, _) = await client.GetAsync($"/open311/v2/requests/{hidden}.json");
        Assert.Equal(HttpStatusCode.OK, backStatus);
        Open311Schemas.AssertValid(Open311Schemas.Requests, back);
        var (_, updatesBack, _) = await client.GetAsync("/open311/v2/servicerequestupdates.json");
        Assert.Contains(JsonNode.Parse(updatesBack)!.AsArray(), u => (string)u!["service_request_id"]! == hidden);
    }

    [Fact]
    public async Task Hide_BatchReport_ItsTokenAnswersTheSpecs404()
    {
        var client = new Open311Client(fixture.Anonymous);
        var (status, body) = await client.PostFormAsync("/open311/v2/requests.json",
            ("api_key", fixture.ApiKey), ("service_code", "graffiti"), ("address_string", "Quay Street 6"), ("description", "Tag with a phone number"));
        Assert.True(status == HttpStatusCode.OK, body);
        var token = (string)JsonNode.Parse(body)![0]!["token"]!;
        var (_, tokenJson, _) = await client.GetAsync($"/open311/v2/tokens/{token}.json");
        var id = (string)JsonNode.Parse(tokenJson)![0]!["service_request_id"]!;

        await ActAsync(id, "hide", new { reason = "Personal data" });
        var (hiddenStatus, hiddenJson, _) = await client.GetAsync($"/open311/v2/tokens/{token}.json");
        Assert.Equal(HttpStatusCode.NotFound, hiddenStatus);
        Open311Schemas.AssertValid(Open311Schemas.Errors, hiddenJson);
        var (xmlStatus, _, _) = await client.GetAsync($"/open311/v2/tokens/{token}.xml");
        Assert.Equal(HttpStatusCode.NotFound, xmlStatus);
    }

    [Fact]
    public async Task Moderation_ViewerOrAnonymous_Refused()
    {
        var id = await Open311Posts.CreatePotholeAsync(new Open311Client(fixture.Anonymous), fixture.ApiKey);
        using var resident = await new PollClient(fixture.Polis, fixture.Api).ResidentAsync("mod-refused", null, null);
        Assert.Equal(HttpStatusCode.Forbidden, (await resident.Http.PostAsJsonAsync($"/api/v1/citizens/reports/{id}/moderation/hide", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Anonymous.PostAsJsonAsync($"/api/v1/citizens/reports/{id}/moderation/hide", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Api.Http.PostAsJsonAsync("/api/v1/citizens/reports/987654321/moderation/hide", new { reason = "x" })).StatusCode);
    }

    private async Task<JsonObject> ActAsync(string id, string act, object body)
    {
        var response = await fixture.Api.Http.PostAsJsonAsync($"/api/v1/citizens/reports/{id}/moderation/{act}", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!.AsObject();
    }
}
