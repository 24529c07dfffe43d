using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.Dashboard.Tests.Citizens;

/// <summary>
/// The city the report pages' tests work in, set up through the real API: three services, routing to roads, lighting
/// and the service desk by service, and service levels on a round-the-clock calendar so SLA states do not depend on
/// the hour the tests run at: potholes on track (3 days), graffiti due soon at once (due-soon window longer than the
/// fix time), streetlights overdue within a second. Reports come in through Open311 with an API key.
/// </summary>
public sealed class ReportDeskCity(PolisApi api, HttpClient anonymous, string apiKey)
{
    public const double Latitude = 55.675;
    public const double Longitude = 12.56;

    private static readonly object Routing = new
    {
        departments = new object[]
        {
            new { id = "service-desk", name = "Citizen service desk" },
            new { id = "roads", name = "Roads", supervisor = "roads-supervisor" },
            new { id = "lighting", name = "Street lighting", supervisor = "lighting-chief" },
            new { id = "parks", name = "Parks" },
        },
        rules = new object[] { new { department = "roads", serviceGroup = "streets" }, new { department = "lighting", serviceCode = "streetlight" } },
        defaultDepartment = "service-desk",
    };

    private static readonly object ServiceLevels = new
    {
        calendar = new { workingDays = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" }, opens = "00:00", closes = "23:59:59", holidays = Array.Empty<string>() },
        defaultPolicy = new { acknowledgeDays = 1, fixDays = 3, dueSoonHours = 4, escalateEveryHours = 8 },
        byServiceCode = new Dictionary<string, object>
        {
            ["graffiti"] = new { acknowledgeDays = 0.5, fixDays = 1, dueSoonHours = 48, escalateEveryHours = 8 },
            ["streetlight"] = new { acknowledgeDays = 0, fixDays = 0.00001, dueSoonHours = 0, escalateEveryHours = 1000 },
        },
        byServiceGroup = new Dictionary<string, object>(),
    };

    public static async Task<ReportDeskCity> SetUpAsync(PolisApi api, HttpClient anonymous)
    {
        ArgumentNullException.ThrowIfNull(api);
        await api.PostCreatedAsync("/api/v1/citizens/services", new { serviceCode = "pothole", serviceName = "Pothole", group = "streets" });
        await api.PostCreatedAsync("/api/v1/citizens/services", new { serviceCode = "graffiti", serviceName = "Graffiti", group = "cleaning" });
        await api.PostCreatedAsync("/api/v1/citizens/services", new { serviceCode = "streetlight", serviceName = "Broken streetlight", group = "lighting" });
        var key = (string)(await api.PostCreatedAsync("/api/v1/citizens/open311-keys", new { name = "report page tests" }))["key"]!;
        Assert.Equal(HttpStatusCode.OK, (await api.Http.PutAsJsonAsync("/api/v1/citizens/routing", Routing)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Http.PutAsJsonAsync("/api/v1/citizens/service-levels", ServiceLevels)).StatusCode);
        return new ReportDeskCity(api, anonymous, key);
    }

    /// <summary>Files a report through Open311 <paramref name="northMetres"/> north of the test spot and returns its id.</summary>
    public async Task<long> ReportAsync(string serviceCode, string description, double northMetres = 0)
    {
        var latitude = Latitude + (northMetres / 111_195.0);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = apiKey,
            ["service_code"] = serviceCode,
            ["lat"] = latitude.ToString("0.#######", CultureInfo.InvariantCulture),
            ["long"] = Longitude.ToString(CultureInfo.InvariantCulture),
            ["description"] = description,
            ["email"] = "reporter@example.org",
        });
        var response = await anonymous.PostAsync(new Uri("/open311/v2/requests.json", UriKind.Relative), form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return long.Parse((string)JsonNode.Parse(body)![0]!["service_request_id"]!, CultureInfo.InvariantCulture);
    }

    /// <summary>What the operators' API answers at <paramref name="path"/>, as a JSON array.</summary>
    public async Task<JsonArray> ListAsync(string path) => (await api.Http.GetFromJsonAsync<JsonArray>(path))!;

    /// <summary>The public Open311 read of one request: its status code and body.</summary>
    public async Task<(HttpStatusCode Status, string Body)> Open311RequestAsync(long id)
    {
        var response = await anonymous.GetAsync(new Uri($"/open311/v2/requests/{id}.json", UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
