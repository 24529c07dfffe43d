using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>
/// GET requests with every filter of the spec (service_request_id overriding the others, service_code, start_date and
/// end_date, status) and FixMyStreet's paging, in both formats, every JSON answer validated against requests.json.
/// </summary>
[Collection(Open311Polis.Name)]
public sealed class Open311RequestFilterTests(Open311Fixture fixture)
{
    private readonly Open311Client _client = new(fixture.Anonymous);

    private async Task<string[]> IdsAsync(string query)
    {
        var (status, json, _) = await _client.GetAsync($"/open311/v2/requests.json?{query}");
        Assert.True(status == HttpStatusCode.OK, json);
        Open311Schemas.AssertValid(Open311Schemas.Requests, json);
        return JsonNode.Parse(json)!.AsArray().Select(r => (string)r!["service_request_id"]!).ToArray();
    }

    [Fact]
    public async Task Filters_IdsServiceStatusDatesAndPaging_SelectExactlyTheMatchingRequests()
    {
        var open = await Open311Posts.CreatePotholeAsync(_client, fixture.ApiKey);
        var closed = await Open311Posts.CreatePotholeAsync(_client, fixture.ApiKey);
        var (lightStatus, lightBody) = await _client.PostFormAsync("/open311/v2/requests.json",
            ("api_key", fixture.ApiKey), ("service_code", "streetlight"), ("lat", Open311Fixture.InsideLat), ("long", Open311Fixture.InsideLong));
        Assert.True(lightStatus == HttpStatusCode.OK, lightBody);
        var light = (string)JsonNode.Parse(lightBody)![0]!["service_request_id"]!;
        var change = await fixture.Api.Http.PostAsync(new Uri($"/api/v1/citizens/reports/{closed}/status", UriKind.Relative),
            System.Net.Http.Json.JsonContent.Create(new { status = "not_responsible", note = "Private road." }));
        Assert.Equal(HttpStatusCode.OK, change.StatusCode);

        // service_request_id overrides every other filter, even one that would exclude the requests.
        Assert.Equal(new[] { light, closed }.Order().ToArray(), (await IdsAsync($"service_request_id={closed},{light}&service_code=graffiti")).Order().ToArray());

        var potholes = await IdsAsync("service_code=pothole");
        Assert.Contains(open, potholes);
        Assert.DoesNotContain(light, potholes);

        var openOnes = await IdsAsync("status=open");
        Assert.Contains(open, openOnes);
        Assert.DoesNotContain(closed, openOnes);
        Assert.Contains(closed, await IdsAsync("status=closed"));
        Assert.DoesNotContain(open, await IdsAsync("status=closed"));
        Assert.Contains(open, await IdsAsync("status=open,closed"));

        var now = DateTimeOffset.UtcNow;
        string W3c(DateTimeOffset t) => Uri.EscapeDataString(t.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture));
        Assert.Contains(light, await IdsAsync($"start_date={W3c(now.AddHours(-1))}&end_date={W3c(now.AddHours(1))}"));
        Assert.Empty(await IdsAsync($"start_date={W3c(now.AddDays(-30))}&end_date={W3c(now.AddDays(-29))}"));
        Assert.Contains(light, await IdsAsync($"start_date={W3c(now.AddDays(-1))}"));

        // Newest first; page_size 1 pages through them one by one.
        var all = await IdsAsync(string.Empty);
        Assert.Equal(all.OrderByDescending(long.Parse).ToArray(), all);
        Assert.Equal([all[0]], await IdsAsync("page_size=1"));
        Assert.Equal([all[1]], await IdsAsync("page=2&page_size=1"));

        var (_, xml, _) = await _client.GetAsync($"/open311/v2/requests.xml?service_request_id={closed}");
        var request = XDocument.Parse(xml).Root!;
        Assert.Equal("service_requests/request", Open311Client.XmlShape(xml));
        Assert.Equal("closed", request.Element("request")!.Element("status")!.Value);
        Assert.Equal("Private road.", request.Element("request")!.Element("status_notes")!.Value);
    }

    [Theory]
    [InlineData("start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z", "90 days")]
    [InlineData("start_date=2026-02-01T00:00:00Z&end_date=2026-01-01T00:00:00Z", "before")]
    [InlineData("start_date=yesterday", "start_date")]
    [InlineData("status=pending", "status")]
    [InlineData("service_request_id=1,x", "service_request_id")]
    [InlineData("page=0", "page")]
    [InlineData("page_size=1001", "page_size")]
    public async Task Filters_Invalid_Spec400SchemaValid(string query, string named)
    {
        var (status, json, _) = await _client.GetAsync($"/open311/v2/requests.json?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Open311Schemas.AssertValid(Open311Schemas.Errors, json);
        Assert.Contains(named, (string?)JsonNode.Parse(json)![0]!["description"], StringComparison.Ordinal);
    }
}
