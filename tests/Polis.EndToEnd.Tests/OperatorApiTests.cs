using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests;

/// <summary>The operator API: authentication and roles, registry CRUD, CSV import, filters, and the public endpoints.</summary>
[Collection(SharedPolis.Name)]
public sealed class OperatorApiTests(PolisFixture fixture)
{
    private readonly PolisApi _api = fixture.Api;

    [Theory]
    [InlineData("/api/v1/devices")]
    [InlineData("/api/v1/device-profiles")]
    [InlineData("/api/v1/telemetry/latest?label=x")]
    [InlineData("/api/v1/users")]
    [InlineData("/api/v1/auth/me")]
    [InlineData("/no-such-endpoint-is-public")]
    public async Task Anonymous_OperatorApi_401Problem(string path)
    {
        using var anonymous = new HttpClient { BaseAddress = fixture.Polis.BaseAddress };

        var response = await anonymous.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await PolisApi.ReadProblemAsync(response);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/metrics")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/docs")]
    public async Task Anonymous_PublicEndpoints_Served(string path)
    {
        using var anonymous = new HttpClient { BaseAddress = fixture.Polis.BaseAddress };

        var response = await anonymous.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheOperatorApi()
    {
        var document = await _api.GetJsonAsync("/openapi/v1.json");

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToHashSet();
        Assert.Superset(new HashSet<string> { "/api/v1/devices", "/api/v1/devices/{id}", "/api/v1/devices/{id}/telemetry", "/api/v1/device-profiles", "/api/v1/telemetry/aggregate", "/api/v1/auth/login", "/api/v1/{token}/telemetry" }, paths);
    }

    [Fact]
    public async Task Viewer_CanReadButNotWrite()
    {
        var create = await _api.Http.PostAsJsonAsync("/api/v1/users", new { email = "viewer@e2e.local", password = "Viewer-password-123", role = "viewer" });
        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        using var viewer = await PolisApi.SignInAsync(fixture.Polis, "viewer@e2e.local", "Viewer-password-123");

        var list = await viewer.Http.GetAsync(new Uri("/api/v1/devices", UriKind.Relative));
        var write = await viewer.Http.PostAsJsonAsync("/api/v1/devices", new { profileId = "generic", name = "nope" });
        var attributes = await viewer.Http.PostAsJsonAsync("/api/v1/devices/anything/attributes/server", new { a = 1 });

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, attributes.StatusCode);
        await PolisApi.ReadProblemAsync(write);
    }

    [Fact]
    public async Task Metrics_AfterIngest_ExposeGatewayAndIngestFigures()
    {
        var token = await _api.CreateDeviceAsync("metrics-probe", "generic");
        using var mqtt = await Devices.ConnectAsync(fixture.Polis, token);
        using var anonymous = new HttpClient { BaseAddress = fixture.Polis.BaseAddress };
        (await anonymous.PostAsync(new Uri($"/api/v1/{token}/telemetry", UriKind.Relative), new StringContent("""{"x":1}"""))).EnsureSuccessStatusCode();
        (await anonymous.PostAsync(new Uri($"/api/v1/{token}/telemetry", UriKind.Relative), new StringContent("""{"x":"""))).Dispose();

        var text = await Eventually.ReturnsAsync(
            () => anonymous.GetStringAsync(new Uri("/metrics", UriKind.Relative)),
            t => t.Contains("polis_ingest_readings", StringComparison.Ordinal) && t.Contains("polis_ingest_rejected", StringComparison.Ordinal) && t.Contains("polis_gateway_connections", StringComparison.Ordinal),
            "the ingest counters are exported");

        Assert.Contains("reason=\"malformed_payload\"", text, StringComparison.Ordinal);
        Assert.Contains("polis_telemetry_store_lag", text, StringComparison.Ordinal);
        Assert.Contains("polis_gateway_connections", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CsvImport_ValidRows_CreatedWithTokensAndFilterable()
    {
        const string csv = "id,profile,name,district,longitude,latitude,labels,attr.serial\n" +
            "csv-1,parking-spot,\"Bay 1, north\",docks,10.10,56.10,ev;covered,SN-1\n" +
            "csv-2,parking-spot,Bay 2,docks,10.20,56.20,ev,SN-2\n" +
            "csv-3,parking-spot,Bay 3,market,11.50,57.50,,SN-3\n";

        var response = await _api.Http.PostAsync(new Uri("/api/v1/devices/import", UriKind.Relative), new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal(3, created.Count);
        Assert.All(created, c => Assert.Equal(20, c!["accessToken"]!.GetValue<string>().Length));
        Assert.Equal("Bay 1, north", created[0]!["device"]!["name"]!.GetValue<string>());

        var docks = await _api.GetJsonAsync("/api/v1/devices?profile=parking-spot&district=docks");
        Assert.Equal(2, docks["total"]!.GetValue<int>());
        var ev = await _api.GetJsonAsync("/api/v1/devices?label=ev&profile=parking-spot");
        Assert.Equal(["csv-1", "csv-2"], ev["items"]!.AsArray().Select(d => d!["id"]!.GetValue<string>()));
        var box = await _api.GetJsonAsync("/api/v1/devices?profile=parking-spot&bbox=10.0,56.0,10.15,56.15");
        Assert.Equal("csv-1", box["items"]!.AsArray().Single()!["id"]!.GetValue<string>());
        var page = await _api.GetJsonAsync("/api/v1/devices?profile=parking-spot&offset=1&limit=1");
        Assert.Equal(3, page["total"]!.GetValue<int>());
        Assert.Equal("csv-2", page["items"]!.AsArray().Single()!["id"]!.GetValue<string>());
        Assert.Equal("SN-1", created[0]!["device"]!["attributes"]!["serial"]!.GetValue<string>());
    }

    [Fact]
    public async Task CsvImport_OneBadRow_NothingImported()
    {
        const string csv = "id,profile,name\ncsv-ok,generic,Fine\ncsv-bad,no-such-profile,Broken\n";

        var response = await _api.Http.PostAsync(new Uri("/api/v1/devices/import", UriKind.Relative), new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await PolisApi.ReadProblemAsync(response);
        Assert.NotNull(problem["errors"]!["row 3.profileId"]);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Http.GetAsync(new Uri("/api/v1/devices/csv-ok", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task OnlineFilter_ReportingAndSilentDevices_Separated()
    {
        var token = await _api.CreateDeviceAsync("online-1", "screen", labels: ["online-test"]);
        await _api.CreateDeviceAsync("silent-1", "screen", labels: ["online-test"]);
        using var anonymous = new HttpClient { BaseAddress = fixture.Polis.BaseAddress };
        (await anonymous.PostAsync(new Uri($"/api/v1/{token}/telemetry", UriKind.Relative), new StringContent("""{"brightness":80}"""))).EnsureSuccessStatusCode();

        var online = await Eventually.ReturnsAsync(() => _api.GetJsonAsync("/api/v1/devices?label=online-test&online=true"), j => j["total"]!.GetValue<int>() == 1, "the reporting device is online");
        var offline = await _api.GetJsonAsync("/api/v1/devices?label=online-test&online=false");

        Assert.Equal("online-1", online["items"]!.AsArray().Single()!["id"]!.GetValue<string>());
        Assert.Equal("silent-1", offline["items"]!.AsArray().Single()!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateDevice_InvalidFields_ValidationProblemListsEach()
    {
        var response = await _api.Http.PostAsJsonAsync("/api/v1/devices", new
        {
            id = "bad id with spaces",
            profileId = "generic",
            name = "",
            location = new { type = "Point", coordinates = new[] { 200.0, 10.0 } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await PolisApi.ReadProblemAsync(response))["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("id") && errors.ContainsKey("name") && errors.ContainsKey("location"), errors.ToJsonString());
    }

    [Theory]
    [InlineData("POST", "/api/v1/devices", "{\"profileId\": \"generic\",", "JSON")]
    [InlineData("GET", "/api/v1/devices?online=perhaps", null, "online")]
    [InlineData("GET", "/api/v1/devices?limit=many", null, "limit")]
    public async Task MalformedRequest_ProblemDetailNamesTheCulprit(string method, string path, string? body, string mentioned)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        var response = await _api.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(mentioned, (await PolisApi.ReadProblemAsync(response))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteDevice_RemovesTwinTelemetryAndToken()
    {
        var token = await _api.CreateDeviceAsync("doomed", "generic");
        using var anonymous = new HttpClient { BaseAddress = fixture.Polis.BaseAddress };
        (await anonymous.PostAsync(new Uri($"/api/v1/{token}/telemetry", UriKind.Relative), new StringContent("""{"x":1}"""))).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.NoContent, (await _api.Http.DeleteAsync(new Uri("/api/v1/devices/doomed", UriKind.Relative))).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await _api.Http.GetAsync(new Uri("/api/v1/devices/doomed", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync(new Uri($"/api/v1/{token}/telemetry", UriKind.Relative), new StringContent("""{"x":2}"""))).StatusCode);
        await _api.CreateDeviceAsync("doomed", "generic");
        var reborn = await _api.GetJsonAsync("/api/v1/devices/doomed");
        Assert.Empty(reborn["twin"]!["latest"]!.AsObject());
    }

    [Fact]
    public async Task Profiles_CustomProfileLifecycle_ValidatedAndProtected()
    {
        var invalid = await _api.Http.PostAsJsonAsync("/api/v1/device-profiles", new { id = "noise", name = "Noise", reportingIntervalSeconds = 60, telemetry = new[] { new { key = "db", min = 140.0, max = 20.0 } } });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);

        var created = await _api.Http.PostAsJsonAsync("/api/v1/device-profiles", new { id = "noise", name = "Noise", reportingIntervalSeconds = 60, telemetry = new[] { new { key = "db", unit = "dBA", min = 20.0, max = 140.0 } } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var token = await _api.CreateDeviceAsync("noise-1", "noise");
        using var anonymous = new HttpClient { BaseAddress = fixture.Polis.BaseAddress };
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.PostAsync(new Uri($"/api/v1/{token}/telemetry", UriKind.Relative), new StringContent("""{"db":200}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsync(new Uri($"/api/v1/{token}/telemetry", UriKind.Relative), new StringContent("""{"db":65}"""))).StatusCode);

        Assert.Equal(HttpStatusCode.Conflict, (await _api.Http.DeleteAsync(new Uri("/api/v1/device-profiles/noise", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await _api.Http.DeleteAsync(new Uri("/api/v1/device-profiles/bus", UriKind.Relative))).StatusCode);
        var profiles = await _api.Http.GetFromJsonAsync<JsonArray>("/api/v1/device-profiles");
        Assert.Superset(
            new HashSet<string> { "electricity-meter", "water-meter", "heat-meter", "bus", "fleet-vehicle", "parking-spot", "air-quality", "building-controller", "wifi-hotspot", "screen", "generic", "noise" },
            profiles!.Select(p => p!["id"]!.GetValue<string>()).ToHashSet());
    }
}
