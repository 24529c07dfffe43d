using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Polis.EndToEnd.Tests.Infrastructure;

/// <summary>An operator's HTTP client against a running Polis: signs in and wraps the calls tests repeat.</summary>
public sealed class PolisApi : IDisposable
{
    private PolisApi(HttpClient http, string accessToken)
    {
        Http = http;
        AccessToken = accessToken;
    }

    public HttpClient Http { get; }

    public string AccessToken { get; }

    public static async Task<PolisApi> SignInAsync(PolisProcess polis, string email = PolisProcess.AdminEmail, string password = PolisProcess.AdminPassword)
    {
        var http = new HttpClient { BaseAddress = polis.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new PolisApi(http, token);
    }

    /// <summary>Creates a device and returns its access token.</summary>
    public async Task<string> CreateDeviceAsync(string id, string profileId = "generic", string? district = null, double[]? location = null, string[]? labels = null)
    {
        var body = new JsonObject { ["id"] = id, ["profileId"] = profileId, ["name"] = $"Device {id}" };
        if (district is not null)
        {
            body["district"] = district;
        }

        if (location is not null)
        {
            body["location"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(location[0], location[1]) };
        }

        if (labels is not null)
        {
            body["labels"] = new JsonArray(labels.Select(l => (JsonNode)l).ToArray());
        }

        var response = await Http.PostAsJsonAsync("/api/v1/devices", body);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
    }

    public async Task<JsonObject> GetJsonAsync(string path)
    {
        var response = await Http.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path} → {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>POSTs <paramref name="body"/> as JSON, expects 201 Created (the body is in the failure message) and returns the created record.</summary>
    public async Task<JsonObject> PostCreatedAsync(string path, object body)
    {
        var response = await Http.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"POST {path} → {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>Raw points of one key, oldest first.</summary>
    public async Task<List<(long Ts, double Value)>> GetRawAsync(string deviceId, string key, long from, long to, int limit = 10_000)
    {
        var json = await GetJsonAsync($"/api/v1/devices/{deviceId}/telemetry?keys={key}&from={from}&to={to}&limit={limit}");
        return json["series"]![key]!.AsArray().Select(p => (p!["ts"]!.GetValue<long>(), p["value"]!.GetValue<double>())).ToList();
    }

    public static async Task<JsonObject> ReadProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public void Dispose() => Http.Dispose();
}
