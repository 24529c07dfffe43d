using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>A service of its own per test class (so other tests' reports are never candidates) and reports of it at exact points.</summary>
internal sealed class DuplicateReports(Open311Fixture fixture, string serviceCode)
{
    public string ServiceCode => serviceCode;

    public async Task CreateServiceAsync() =>
        await fixture.Api.PostCreatedAsync("/api/v1/citizens/services", new { serviceCode, serviceName = $"Test service {serviceCode}", type = "realtime", department = "roads" });

    /// <summary>Posts a report through Open311 (as a client would) at (lat, long) and returns its id.</summary>
    public async Task<string> PostAsync(double lat, double lon, string description, string email = "resident@example.org")
    {
        var (status, body) = await new Open311Client(fixture.Anonymous).PostFormAsync("/open311/v2/requests.json",
            ("api_key", fixture.ApiKey), ("jurisdiction_id", Open311Fixture.Jurisdiction), ("service_code", serviceCode),
            ("lat", lat.ToString(CultureInfo.InvariantCulture)), ("long", lon.ToString(CultureInfo.InvariantCulture)), ("email", email), ("description", description));
        Assert.True(status == HttpStatusCode.OK, body);
        return (string)JsonNode.Parse(body)![0]!["service_request_id"]!;
    }

    /// <summary>The one request by id through Open311 JSON, validated against the shared schema.</summary>
    public async Task<JsonObject> Open311RequestAsync(string id)
    {
        var (status, json, _) = await new Open311Client(fixture.Anonymous).GetAsync($"/open311/v2/requests/{id}.json");
        Assert.True(status == HttpStatusCode.OK, json);
        Open311Schemas.AssertValid(Open311Schemas.Requests, json);
        return JsonNode.Parse(json)![0]!.AsObject();
    }

    public static async Task<HttpResponseMessage> PostAsync(PolisApi api, string path) =>
        await api.Http.PostAsync(new Uri(path, UriKind.Relative), null);
}
