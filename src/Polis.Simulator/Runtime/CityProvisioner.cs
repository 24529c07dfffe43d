using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Polis.Simulator.Model;

namespace Polis.Simulator.Runtime;

/// <summary>
/// Registers the city's devices through the public REST API, like any integrator would. Idempotent: devices
/// that already exist (a restart, or a second simulator) are kept and get a fresh token by rotation — tokens are
/// shown only once, so rotating is the only way to learn one again, and it also locks out any stale copy. An existing
/// device whose <c>anchor</c> differs now stands for something else (bus 3 of a real feed was bus 3 of a generated
/// route): its registry fields are replaced; otherwise they are left as operators may have edited them.
/// New devices are created in CSV imports of at most <see cref="ImportChunk"/> rows. The city's districts and
/// streets are then uploaded as its geography (a whole replacement, so a restart uploads the same again).
/// </summary>
public sealed class CityProvisioner(HttpClient http)
{
    public const int ImportChunk = 5_000;
    private const int PageSize = 1_000;
    private const int RotateConcurrency = 8;

    public async Task SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password }, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)}");
        }

        var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken).ConfigureAwait(false);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body?["accessToken"]?.GetValue<string>());
    }

    /// <summary>Makes sure every device of <paramref name="city"/> exists; returns device id → access token.</summary>
    public async Task<(Dictionary<string, string> Tokens, int Created, int Reused, int Updated)> ProvisionAsync(SimulatedCity city, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(city);
        var existing = await ExistingAnchorsAsync(cancellationToken).ConfigureAwait(false);
        var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
        var missing = city.Devices.Where(d => !existing.ContainsKey(d.Id)).ToList();
        foreach (var chunk in missing.Chunk(ImportChunk))
        {
            using var content = new StringContent(Csv(chunk), Encoding.UTF8, "text/csv");
            using var response = await http.PostAsync(new Uri("/api/v1/devices/import", UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
            await EnsureAsync(response, "import devices", cancellationToken).ConfigureAwait(false);
            foreach (var created in (await response.Content.ReadFromJsonAsync<JsonArray>(cancellationToken).ConfigureAwait(false))!)
            {
                tokens[created!["device"]!["id"]!.GetValue<string>()] = created["accessToken"]!.GetValue<string>();
            }
        }

        var moved = city.Devices.Where(d => existing.TryGetValue(d.Id, out var anchor) && anchor != (d.Anchor ?? string.Empty)).ToList();
        await Parallel.ForEachAsync(moved, new ParallelOptions { MaxDegreeOfParallelism = RotateConcurrency, CancellationToken = cancellationToken }, async (device, ct) =>
        {
            using var response = await http.PutAsJsonAsync($"/api/v1/devices/{Uri.EscapeDataString(device.Id)}", Registry(device), ct).ConfigureAwait(false);
            await EnsureAsync(response, $"update {device.Id}", ct).ConfigureAwait(false);
        }).ConfigureAwait(false);

        var reused = city.Devices.Where(d => existing.ContainsKey(d.Id)).Select(d => d.Id).ToList();
        var rotated = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(reused, new ParallelOptions { MaxDegreeOfParallelism = RotateConcurrency, CancellationToken = cancellationToken }, async (id, ct) =>
        {
            using var response = await http.PostAsync(new Uri($"/api/v1/devices/{Uri.EscapeDataString(id)}/token", UriKind.Relative), null, ct).ConfigureAwait(false);
            await EnsureAsync(response, $"rotate the token of {id}", ct).ConfigureAwait(false);
            rotated[id] = (await response.Content.ReadFromJsonAsync<JsonObject>(ct).ConfigureAwait(false))!["accessToken"]!.GetValue<string>();
        }).ConfigureAwait(false);
        foreach (var (id, token) in rotated)
        {
            tokens[id] = token;
        }

        await UploadGeographyAsync(city, cancellationToken).ConfigureAwait(false);
        return (tokens, missing.Count, reused.Count, moved.Count);
    }

    /// <summary>Replaces the platform's geography with the city's districts and streets (the live map's base layer).</summary>
    public async Task UploadGeographyAsync(SimulatedCity city, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(city);
        using var content = new StringContent(CityGeographyJson.Build(city).ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await http.PutAsync(new Uri("/api/v1/geography", UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
        await EnsureAsync(response, "upload the city's geography", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Imports <paramref name="gtfsZip"/> as the platform's static transit feed, so the buses are matched to the
    /// timetable they drive. The same bytes again are recognised as already active. Returns the feed version id.
    /// </summary>
    public async Task<long> UploadTransitFeedAsync(byte[] gtfsZip, string fileName, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(gtfsZip);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName };
        using var response = await http.PostAsync(new Uri("/api/v1/transit/feeds", UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
        await EnsureAsync(response, "import the city's GTFS feed", cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken).ConfigureAwait(false);
        return body!["feed"]!["id"]!.GetValue<long>();
    }

    /// <summary>The CSV the import endpoint reads (see docs/simulator.md); fields with commas or quotes are quoted.</summary>
    public static string Csv(IEnumerable<SimulatedDevice> devices)
    {
        ArgumentNullException.ThrowIfNull(devices);
        var csv = new StringBuilder("id,profile,name,district,longitude,latitude,labels,attr.anchor\n");
        foreach (var d in devices)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{d.Id},{d.ProfileId},{Quote(d.Name)},{Quote(d.DistrictId)},{d.Location.Longitude:F6},{d.Location.Latitude:F6},{Quote(string.Join(';', d.Labels))},{Quote(d.Anchor ?? string.Empty)}\n");
        }

        return csv.ToString();
    }

    /// <summary>The registry fields of PUT /api/v1/devices/{id}, as the import CSV sets them.</summary>
    private static object Registry(SimulatedDevice d) => new
    {
        profileId = d.ProfileId,
        name = d.Name,
        district = d.DistrictId,
        location = new { type = "Point", coordinates = new[] { Math.Round(d.Location.Longitude, 6), Math.Round(d.Location.Latitude, 6) } },
        attributes = d.Anchor is null ? [] : new Dictionary<string, string>(StringComparer.Ordinal) { ["anchor"] = d.Anchor },
        labels = d.Labels,
    };

    /// <summary>Every simulated device's id and its <c>anchor</c> attribute (empty when it has none).</summary>
    private async Task<Dictionary<string, string>> ExistingAnchorsAsync(CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var offset = 0; ; offset += PageSize)
        {
            var page = await http.GetFromJsonAsync<JsonObject>($"/api/v1/devices?label={SimulatedCity.SimulatedLabel}&offset={offset}&limit={PageSize}", cancellationToken).ConfigureAwait(false);
            var items = page!["items"]!.AsArray();
            foreach (var item in items)
            {
                ids[item!["id"]!.GetValue<string>()] = item["attributes"]?["anchor"]?.GetValue<string>() ?? string.Empty;
            }

            if (items.Count < PageSize || offset + PageSize >= page["total"]!.GetValue<int>())
            {
                return ids;
            }
        }
    }

    internal static async Task EnsureAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var detail = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new HttpRequestException($"Could not {what}: {(int)response.StatusCode} {detail}", null, response.StatusCode is HttpStatusCode status ? status : null);
        }
    }

    private static string Quote(string value) => value.AsSpan().IndexOfAny(",\"\n") >= 0
        ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
        : value;
}
