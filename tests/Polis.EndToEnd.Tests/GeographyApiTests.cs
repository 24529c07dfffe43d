using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests;

/// <summary>
/// The city's geography through the API: a valid upload replaces the stored one and reads back as GeoJSON, a bad
/// one is refused with problem details naming the feature and stores nothing, a viewer reads but cannot write.
/// </summary>
[Collection(SharedPolis.Name)]
public sealed class GeographyApiTests(PolisFixture fixture)
{
    private readonly PolisApi _api = fixture.Api;

    private const string District = """
        { "type": "Feature", "id": "geo-harbour", "properties": { "kind": "district", "name": "Harbour" },
          "geometry": { "type": "Polygon", "coordinates": [[[12.55,55.67],[12.57,55.67],[12.57,55.68],[12.55,55.68],[12.55,55.67]]] } }
        """;

    private const string Street = """
        { "type": "Feature", "properties": { "kind": "street", "name": "Quay Street" },
          "geometry": { "type": "LineString", "coordinates": [[12.551,55.675],[12.569,55.676]] } }
        """;

    private static string Collection(params string[] features) => $$"""{ "type": "FeatureCollection", "features": [{{string.Join(',', features)}}] }""";

    private static Task<HttpResponseMessage> PutAsync(PolisApi api, string json) =>
        api.Http.PutAsync(new Uri("/api/v1/geography", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task Put_ValidThenInvalid_InvalidRefusedWithFeatureIndexAndValidStaysStored()
    {
        var stored = await PutAsync(_api, Collection(District, Street));
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        var summary = (await stored.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(1, summary["districts"]!.GetValue<int>());
        Assert.Equal(1, summary["streets"]!.GetValue<int>());

        // Feature 1 is a street drawn as a polygon: refused, and the stored geography is unchanged.
        var bad = await PutAsync(_api, Collection(District, District.Replace("\"district\"", "\"street\"", StringComparison.Ordinal).Replace("geo-harbour", "geo-bad", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await PolisApi.ReadProblemAsync(bad);
        Assert.Contains("LineString", problem["errors"]!["features[1].geometry"]![0]!.GetValue<string>(), StringComparison.Ordinal);

        var malformed = await PutAsync(_api, "{ \"type\": \"FeatureCollection\", \"features\": [ { ");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.NotNull((await PolisApi.ReadProblemAsync(malformed))["errors"]!["$"]);

        var response = await _api.Http.GetAsync(new Uri("/api/v1/geography", UriKind.Relative));
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var features = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["features"]!.AsArray();
        Assert.Equal("geo-harbour", (string?)features[0]!["id"]);
        Assert.Null(features[1]!["id"]);
        Assert.Equal(["Harbour", "Quay Street"], features.Select(f => f!["properties"]!["name"]!.GetValue<string>()).ToArray());
        Assert.Equal(12.569, features[1]!["geometry"]!["coordinates"]![1]![0]!.GetValue<double>());
    }

    [Fact]
    public async Task Geography_ViewerReadsButCannotPut_AnonymousRefused()
    {
        var create = await _api.Http.PostAsJsonAsync("/api/v1/users", new { email = "geo-viewer@e2e.local", password = "Geo-viewer-password-1", role = "viewer" });
        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        using var viewer = await PolisApi.SignInAsync(fixture.Polis, "geo-viewer@e2e.local", "Geo-viewer-password-1");

        Assert.Equal(HttpStatusCode.Forbidden, (await PutAsync(viewer, Collection(District))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.Http.GetAsync(new Uri("/api/v1/geography", UriKind.Relative))).StatusCode);
        using var anonymous = new HttpClient { BaseAddress = fixture.Polis.BaseAddress };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/api/v1/geography", UriKind.Relative))).StatusCode);
    }
}
