using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>
/// A Polis process of its own for the Open311 tests: its own jurisdiction, a small photo limit, one district (so the
/// "inside the city" rule is live without touching the shared process's geography), the services the tests report
/// against and an API key issued through the admin API.
/// </summary>
public sealed class Open311Fixture : IAsyncLifetime
{
    public const string Jurisdiction = "city.test";
    public const int MaxMediaBytes = 4096;

    /// <summary>A point inside <see cref="District"/>: (lat, long).</summary>
    public const string InsideLat = "55.675";
    public const string InsideLong = "12.56";

    private const string District = """
        { "type": "FeatureCollection", "features": [ { "type": "Feature", "id": "harbour", "properties": { "kind": "district", "name": "Harbour" },
          "geometry": { "type": "Polygon", "coordinates": [[[12.55,55.67],[12.57,55.67],[12.57,55.68],[12.55,55.68],[12.55,55.67]]] } } ] }
        """;

    public PolisProcess Polis { get; private set; } = null!;

    public PolisApi Api { get; private set; } = null!;

    /// <summary>An anonymous client: Open311 reads need no sign-in.</summary>
    public HttpClient Anonymous { get; private set; } = null!;

    public string ApiKey { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Polis = await PolisProcess.StartAsync(
            "--Polis:Citizens:Open311:JurisdictionId", Jurisdiction, "--Polis:Citizens:Open311:MaxMediaBytes", MaxMediaBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Api = await PolisApi.SignInAsync(Polis);
        Anonymous = new HttpClient { BaseAddress = Polis.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var geography = await Api.Http.PutAsync(new Uri("/api/v1/geography", UriKind.Relative), new StringContent(District, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, geography.StatusCode);
        await Api.PostCreatedAsync("/api/v1/citizens/services", Open311Services.Pothole);
        await Api.PostCreatedAsync("/api/v1/citizens/services", Open311Services.Graffiti);
        await Api.PostCreatedAsync("/api/v1/citizens/services", Open311Services.Streetlight);
        ApiKey = await IssueKeyAsync("FixMyStreet test client");
    }

    public async Task<string> IssueKeyAsync(string name)
    {
        var key = await Api.PostCreatedAsync("/api/v1/citizens/open311-keys", new { name });
        return key["key"]!.GetValue<string>();
    }

    /// <summary>Every stored report the operator API sees (the ground truth for "nothing was stored").</summary>
    public async Task<int> CountReportsAsync()
    {
        var reports = await Api.Http.GetFromJsonAsync<JsonArray>("/api/v1/citizens/reports?limit=1000");
        return reports!.Count;
    }

    public async Task DisposeAsync()
    {
        Anonymous.Dispose();
        Api.Dispose();
        await Polis.DisposeAsync();
    }
}
