using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>
/// A Polis process of its own for routing, service levels, the queue and escalation: a sweep every second, two
/// districts, three services, an API key, and the city's routing and service levels PUT by the admin. The calendar
/// works all week round the clock (23:59:59 closes) so the tests do not depend on the time of day they run at;
/// streetlights have a service level of under two seconds, so their reports escalate while a test waits.
/// </summary>
public sealed class QueuePolisFixture : IAsyncLifetime
{
    public const string Harbour = "55.675";
    public const string Nord = "55.705";
    public const string Longitude = "12.56";

    private const string Districts = """
        { "type": "FeatureCollection", "features": [
          { "type": "Feature", "id": "harbour", "properties": { "kind": "district", "name": "Harbour" },
            "geometry": { "type": "Polygon", "coordinates": [[[12.55,55.67],[12.57,55.67],[12.57,55.68],[12.55,55.68],[12.55,55.67]]] } },
          { "type": "Feature", "id": "nord", "properties": { "kind": "district", "name": "Nord" },
            "geometry": { "type": "Polygon", "coordinates": [[[12.55,55.70],[12.57,55.70],[12.57,55.71],[12.55,55.71],[12.55,55.70]]] } } ] }
        """;

    public static object Routing { get; } = new
    {
        departments = new object[]
        {
            new { id = "service-desk", name = "Citizen service desk" },
            new { id = "roads", name = "Roads", supervisor = "roads-supervisor" },
            new { id = "roads-north", name = "Roads, northern depot", supervisor = "roads-supervisor" },
            new { id = "parks", name = "Parks" },
            new { id = "lighting", name = "Street lighting", supervisor = "lighting-chief" },
        },
        rules = new object[]
        {
            new { department = "roads", serviceGroup = "streets" },
            new { department = "roads-north", serviceGroup = "streets", district = "nord" },
            new { department = "parks", district = "harbour" },
            new { department = "lighting", serviceCode = "streetlight" },
        },
        defaultDepartment = "service-desk",
    };

    public static object ServiceLevels { get; } = new
    {
        calendar = new
        {
            workingDays = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" },
            opens = "00:00",
            closes = "23:59:59",
            holidays = Array.Empty<string>(),
        },
        defaultPolicy = new { acknowledgeDays = 1, fixDays = 3, dueSoonHours = 4, escalateEveryHours = 8 },
        byServiceCode = new Dictionary<string, object> { ["streetlight"] = new { acknowledgeDays = 0, fixDays = 0.00002, dueSoonHours = 0, escalateEveryHours = 1000 } },
        byServiceGroup = new Dictionary<string, object>(),
    };

    public PolisProcess Polis { get; private set; } = null!;

    public PolisApi Api { get; private set; } = null!;

    public Open311Client Open311 { get; private set; } = null!;

    public string ApiKey { get; private set; } = null!;

    public HttpClient Anonymous { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Polis = await PolisProcess.StartAsync("--Polis:Citizens:Escalation:Interval", "00:00:01");
        Api = await PolisApi.SignInAsync(Polis);
        Anonymous = new HttpClient { BaseAddress = Polis.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        Open311 = new Open311Client(Anonymous);
        var geography = await Api.Http.PutAsync(new Uri("/api/v1/geography", UriKind.Relative), new StringContent(Districts, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, geography.StatusCode);
        await Api.PostCreatedAsync("/api/v1/citizens/services", new { serviceCode = "pothole", serviceName = "Pothole", group = "streets", department = "roads" });
        await Api.PostCreatedAsync("/api/v1/citizens/services", new { serviceCode = "graffiti", serviceName = "Graffiti", group = "cleaning", department = "cleaning" });
        await Api.PostCreatedAsync("/api/v1/citizens/services", new { serviceCode = "streetlight", serviceName = "Broken streetlight", group = "lighting" });
        ApiKey = (string)(await Api.PostCreatedAsync("/api/v1/citizens/open311-keys", new { name = "queue tests" }))["key"]!;
        Assert.Equal(HttpStatusCode.OK, (await Api.Http.PutAsJsonAsync("/api/v1/citizens/routing", Routing)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Api.Http.PutAsJsonAsync("/api/v1/citizens/service-levels", ServiceLevels)).StatusCode);
    }

    /// <summary>Posts a report through Open311 at (<paramref name="latitude"/>, <see cref="Longitude"/>) and returns its id.</summary>
    public async Task<long> ReportAsync(string serviceCode, string latitude)
    {
        var (status, body) = await Open311.PostFormAsync("/open311/v2/requests.json",
            ("api_key", ApiKey), ("service_code", serviceCode), ("lat", latitude), ("long", Longitude), ("description", $"A {serviceCode} problem"));
        Assert.True(status == HttpStatusCode.OK, body);
        return long.Parse((string)JsonNode.Parse(body)![0]!["service_request_id"]!, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The queue item of report <paramref name="id"/> (null when it is not in the department's queue).</summary>
    public async Task<JsonNode?> QueueItemAsync(string department, long id)
    {
        var queue = await Api.Http.GetFromJsonAsync<JsonArray>($"/api/v1/citizens/queue?department={department}&limit=1000");
        return queue!.SingleOrDefault(i => (long)i!["id"]! == id);
    }

    public async Task DisposeAsync()
    {
        Anonymous.Dispose();
        Api.Dispose();
        await Polis.DisposeAsync();
    }
}
