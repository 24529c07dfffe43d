using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MQTTnet;
using MQTTnet.Protocol;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests;

/// <summary>
/// Planners' reports through the real polis process. Line P runs every 6 min (exact times) along an 8 km street, 21
/// stops 400 m apart, 2 min between stops. Two buses report over MQTT for the last four minutes: B on one run, on time,
/// and A on the next run, 3 min early, so A reaches a stop 3 min after B where the timetable has 6 (bunching at the
/// 0.6 threshold this process is started with) and leaves it early. The reports then show the incident, the early
/// departure, the running times, as JSON and as CSV, to a signed-in user only.
/// </summary>
public sealed class TransitPlanningReportTests : IAsyncLifetime
{
    private const double MetresPerDegreeLatitude = 6_371_008.8 * Math.PI / 180;
    private const int Headway = 360;
    private PolisProcess _polis = null!;
    private PolisApi _api = null!;

    public async Task InitializeAsync()
    {
        _polis = await PolisProcess.StartAsync("--Polis:Transit:Planning:BunchingRatio", "0.6");
        _api = await PolisApi.SignInAsync(_polis);
        await TransitFeeds.ImportAsync(_api, Feed(), "e2e-line-p.zip"); // answers once polis serves the new feed
    }

    public async Task DisposeAsync()
    {
        _api.Dispose();
        await _polis.DisposeAsync();
    }

    [Fact]
    public async Task TwoBusesThreeMinutesApart_BunchingEarlyDepartureAndRunningTimesInJsonAndCsv()
    {
        using var busA = await Devices.ConnectAsync(_polis, await _api.CreateDeviceAsync("e2e-bus-a", "bus"));
        using var busB = await Devices.ConnectAsync(_polis, await _api.CreateDeviceAsync("e2e-bus-b", "bus"));
        var now = DateTimeOffset.UtcNow;
        var (from, startB, delay, stop) = Plan(now);
        for (var at = from; at <= now; at = at.AddSeconds(10))
        {
            await PublishAsync(busB, at, (at - startB).TotalSeconds - delay);
            await PublishAsync(busA, at, (at - startB.AddSeconds(Headway)).TotalSeconds - delay + 180);
        }

        var dates = $"from={now.AddDays(-1):yyyy-MM-dd}&to={now:yyyy-MM-dd}&routeId=P";
        var bunching = await Eventually.ReturnsAsync(() => _api.GetJsonAsync($"/api/v1/transit/reports/bunching?{dates}"),
            r => r["incidentCount"]!.GetValue<long>() > 0, "the buses' stop events are written and analysed");
        var incident = bunching["incidents"]![0]!;
        Assert.Equal(("bunching", "P", $"P{stop}", "e2e-bus-a", "e2e-bus-b", Headway),
            ((string)incident["kind"]!, (string)incident["routeId"]!, (string)incident["stopId"]!, (string)incident["vehicleId"]!,
                (string)incident["previousVehicleId"]!, incident["scheduledSeconds"]!.GetValue<int>()));
        Assert.InRange(incident["observedSeconds"]!.GetValue<int>(), 150, 210);

        var onTime = await _api.GetJsonAsync($"/api/v1/transit/reports/on-time-performance?{dates}");
        var route = onTime["routes"]!.AsArray().Single(r => (string)r!["routeId"]! == "P")!["figures"]!;
        Assert.True(route["early"]!.GetValue<long>() >= 1, route.ToJsonString());
        Assert.True(route["onTime"]!.GetValue<long>() >= 1, route.ToJsonString());
        Assert.Equal(0, route["late"]!.GetValue<long>());
        var runningTimes = await _api.GetJsonAsync($"/api/v1/transit/reports/running-times?{dates}");
        Assert.Contains(runningTimes["rows"]!.AsArray(), r => (string)r!["kind"]! == "segment" && (string)r["fromStopId"]! == $"P{stop}");

        var incidents = await CsvAsync($"/api/v1/transit/reports/bunching?{dates}&format=csv");
        Assert.Equal("kind,route_id,direction_id,stop_id", string.Join(',', incidents[0].Take(4)));
        Assert.Contains(incidents.Skip(1), r => r[0] == "bunching" && r[3] == $"P{stop}" && r[7] == "e2e-bus-a");
        var runningTimesCsv = await CsvAsync($"/api/v1/transit/reports/running-times?{dates}", accept: "text/csv");
        Assert.Equal(runningTimes["rows"]!.AsArray().Count + 1, runningTimesCsv.Count);
        var onTimeCsv = await CsvAsync($"/api/v1/transit/reports/on-time-performance?{dates}&format=csv");
        Assert.Equal(["network", "route"], onTimeCsv.Skip(1).Take(2).Select(r => r[0]));
        Assert.All(onTimeCsv, r => Assert.Equal(onTimeCsv[0].Length, r.Length));
    }

    [Fact]
    public async Task Reports_WithoutTokenOrWithABadDate_RefusedWithProblemDetails()
    {
        using var anonymous = new HttpClient { BaseAddress = _polis.BaseAddress };
        foreach (var report in new[] { "bunching", "running-times", "on-time-performance" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri($"/api/v1/transit/reports/{report}", UriKind.Relative))).StatusCode);
        }

        var bad = await _api.Http.GetAsync(new Uri("/api/v1/transit/reports/on-time-performance?from=2026-02-30", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.NotNull((await PolisApi.ReadProblemAsync(bad))["errors"]!["from"]);
        var unknown = await _api.Http.GetAsync(new Uri("/api/v1/transit/reports/bunching?routeId=nope", UriKind.Relative));
        Assert.NotNull((await PolisApi.ReadProblemAsync(unknown))["errors"]!["routeId"]);
    }

    /// <summary>
    /// Where to start reporting (4–4.5 min ago: reports stay under the tracker's 5 min age limit, and A has left the stop
    /// before the last one), B's run start and delay (0–100 s: no other run fits B better, and A, 180 s less late,
    /// still leaves early), and the stop B reaches 20 s into the reports; A follows 3 min later.
    /// </summary>
    private static (DateTimeOffset From, DateTimeOffset StartB, int Delay, int Stop) Plan(DateTimeOffset now)
    {
        for (var from = now.AddSeconds(-270); ; from = from.AddSeconds(1))
        {
            var day = new DateTimeOffset(from.UtcDateTime.Date, TimeSpan.Zero);
            var startB = day.AddSeconds((Math.Floor((from - day).TotalSeconds / Headway) - 3) * Headway); // a run start (00:00 + n × 6 min)
            var sinceStart = (int)(from.AddSeconds(20) - startB).TotalSeconds;
            if (sinceStart % 120 <= 100)
            {
                return (from, startB, sinceStart % 120, sinceStart / 120);
            }
        }
    }

    private async Task<List<string[]>> CsvAsync(string path, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        var response = await _api.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        return [.. text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(','))]; // no field here holds a comma
    }

    private static async Task PublishAsync(IMqttClient client, DateTimeOffset at, double secondsIntoRun)
    {
        var metres = Math.Clamp(secondsIntoRun / 120 * 400, 0, 8_000);
        var longitude = 12.0 + (metres / (MetresPerDegreeLatitude * Math.Cos(55.0 * Math.PI / 180)));
        var payload = string.Create(CultureInfo.InvariantCulture,
            $$$"""{"ts":{{{at.ToUnixTimeMilliseconds()}}},"values":{"latitude":55.0,"longitude":{{{longitude:F6}}},"speed":12,"bearing":90,"route_id":"P"}}""");
        var published = await client.PublishStringAsync("v1/devices/me/telemetry", payload, MqttQualityOfServiceLevel.AtLeastOnce);
        Assert.Equal(MqttClientPublishReasonCode.Success, published.ReasonCode);
    }

    private static Dictionary<string, string> Feed()
    {
        var stops = new StringBuilder("stop_id,stop_name,stop_lat,stop_lon\n");
        var times = new StringBuilder("trip_id,arrival_time,departure_time,stop_id,stop_sequence\n");
        for (var i = 0; i <= 20; i++)
        {
            var longitude = 12.0 + (i * 400 / (MetresPerDegreeLatitude * Math.Cos(55.0 * Math.PI / 180)));
            stops.Append(CultureInfo.InvariantCulture, $"P{i},Street {i},55.0,{longitude:F6}\n");
            times.Append(CultureInfo.InvariantCulture, $"P1,00:{i * 2:D2}:00,00:{i * 2:D2}:00,P{i},{i + 1}\n");
        }

        return new Dictionary<string, string>
        {
            ["agency.txt"] = "agency_id,agency_name,agency_url,agency_timezone\nE2E,E2E Transit,https://example.org,Etc/UTC\n",
            ["stops.txt"] = stops.ToString(),
            ["routes.txt"] = "route_id,agency_id,route_short_name,route_long_name,route_type\nP,E2E,P,Planning street,3\n",
            ["trips.txt"] = "route_id,service_id,trip_id,direction_id\nP,ALL,P1,0\n",
            ["stop_times.txt"] = times.ToString(),
            ["frequencies.txt"] = "trip_id,start_time,end_time,headway_secs,exact_times\nP1,00:00:00,24:00:00,360,1\n",
            ["calendar.txt"] = TransitFeeds.EveryDay("ALL"),
        };
    }
}
