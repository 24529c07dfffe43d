using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests;

/// <summary>
/// The simulated city inside the real polis process (the tiny preset): devices registered through the API,
/// readings over real MQTT with their own tokens, a restart on the same data reuses the devices.
/// </summary>
public sealed class SimulatorTests
{
    private const int TinyDevices = 19;
    private const int StarterRuleCount = 6;
    private const string Announcement = "Simulated city running";
    private static readonly string[] Simulated = ["--Polis:Simulator:Enabled", "true", "--Polis:Simulator:Scale", "tiny", "--Polis:Simulator:Seed", "5"];

    [Fact]
    public async Task TinyCity_DevicesReportOverMqtt_AndRestartReusesThemWithoutDuplicates()
    {
        await using var polis = await PolisProcess.StartAsync(Simulated);
        await Eventually.ReturnsAsync(() => Task.FromResult(polis.OutputCount(Announcement)), n => n == 1, "the simulator announces the city", 90);
        Assert.Contains($"{Announcement}: {TinyDevices} devices ({TinyDevices} connected)", polis.Output, StringComparison.Ordinal);

        using (var api = await PolisApi.SignInAsync(polis))
        {
            var devices = await api.GetJsonAsync("/api/v1/devices?label=simulated&limit=1000");
            Assert.Equal(TinyDevices, devices["total"]!.GetValue<int>());
            var items = devices["items"]!.AsArray();
            Assert.All(items, d => Assert.StartsWith("sim-5-", d!["id"]!.GetValue<string>(), StringComparison.Ordinal));
            Assert.Contains(items, d => d!["profileId"]!.GetValue<string>() == "bus");

            // The starter rules exist, so the city's faults raise alarms.
            var rules = (await api.Http.GetFromJsonAsync<JsonArray>("/api/v1/rules"))!.Select(r => r!["id"]!.GetValue<string>()).ToList();
            Assert.Equal(StarterRuleCount, rules.Count(id => id.StartsWith("sim-", StringComparison.Ordinal)));

            // The city's districts and streets were uploaded after the devices: the map's base layer.
            var geography = (await api.GetJsonAsync("/api/v1/geography"))["features"]!.AsArray();
            var districtIds = geography.Where(f => (string?)f!["properties"]!["kind"] == "district").Select(f => (string?)f!["id"]).ToHashSet();
            Assert.Equal(2, districtIds.Count);
            Assert.All(items, d => Assert.Contains((string?)d!["district"], districtIds));
            Assert.Contains(geography, f => (string?)f!["properties"]!["kind"] == "street");

            // The city's GTFS feed is the platform's transit timetable, so its buses are matched to the trips they drive.
            var feed = Assert.Single((await api.Http.GetFromJsonAsync<JsonArray>("/api/v1/transit/feeds"))!)!;
            Assert.Equal("active", (string?)feed["status"]);
            Assert.Equal("sim-5-tiny", (string?)feed["feedVersion"]);
            var routes = (await api.Http.GetFromJsonAsync<JsonNode>("/api/v1/transit/routes"))!;
            Assert.Single(routes as JsonArray ?? routes["items"]!.AsArray());

            // Every kind reports within seconds of connecting, each over its own MQTT connection. Any device of the
            // kind will do: the simulator takes 0.4 % of device-hours offline on purpose, so one named device may be
            // away for the very hour the test runs.
            var ids = items.Select(d => d!["id"]!.GetValue<string>()).ToList();
            string? meter = null;
            foreach (var (code, key) in new[] { ("aq", "pm25"), ("em", "energy"), ("bus", "latitude"), ("bc", "setpoint"), ("park", "occupied") })
            {
                var ofKind = ids.Where(id => id.StartsWith($"sim-5-{code}-", StringComparison.Ordinal)).ToList();
                var (id, twin) = await Eventually.ReturnsAsync(() => FirstReportingAsync(api, ofKind, key), r => r.Twin is not null, $"a {code} device reports {key}", 60);
                Assert.True(twin!["connectivity"]!["connected"]!.GetValue<bool>(), $"{id} is connected");
                Assert.Empty(twin["rejections"]!.AsObject());
                meter = code == "em" ? id : meter;
            }

            var history = await api.GetRawAsync(meter!, "energy", 0, Devices.Now() + 60_000);
            Assert.NotEmpty(history);
            Assert.Equal(0, history[0].Ts % 900_000);
        }

        Assert.Equal(0, await polis.StopGracefullyAsync());
        await polis.StartAgainAsync();
        await Eventually.ReturnsAsync(() => Task.FromResult(polis.OutputCount(Announcement)), n => n == 2, "the restarted simulator announces the city", 90);
        Assert.Contains($"(0 registered, {TinyDevices} reused)", polis.Output, StringComparison.Ordinal);
        Assert.Contains($"Starter alarm rules: 0 created, {StarterRuleCount} in all", polis.Output, StringComparison.Ordinal);
        Assert.Equal(2, polis.OutputCount("The city's GTFS feed is the platform's active transit feed (version 1)")); // the same bytes: no new version

        using var again = await PolisApi.SignInAsync(polis);
        Assert.Equal(TinyDevices, (await again.GetJsonAsync("/api/v1/devices?label=simulated&limit=1000"))["total"]!.GetValue<int>());
        var restartedAt = Devices.Now();
        var reconnected = await Eventually.ReturnsAsync(
            () => ConnectedSinceAsync(again, restartedAt - 60_000),
            n => n >= TinyDevices - 2,
            "the devices reconnect with their rotated tokens (all but any the fault model has offline this hour)", 60);
        Assert.True(reconnected <= TinyDevices);
    }

    [Fact]
    public async Task TinyCity_BuildingController_AnswersSetpointRpcAndReportsIt()
    {
        await using var polis = await PolisProcess.StartAsync(Simulated);
        await Eventually.ReturnsAsync(() => Task.FromResult(polis.OutputCount(Announcement)), n => n == 1, "the simulator announces the city", 90);
        using var api = await PolisApi.SignInAsync(polis);

        var response = await api.Http.PostAsJsonAsync("/api/v1/devices/sim-5-bc-00001/rpc", new { method = "setSetpoint", @params = new { value = 23.5 }, timeout = 10_000 });
        var answer = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, answer);
        Assert.Equal(23.5, JsonNode.Parse(answer)!["setpoint"]!.GetValue<double>());
        await Eventually.ReturnsAsync(() => TwinAsync(api, "sim-5-bc-00001"), t => t["latest"]?["setpoint"]?["value"]?.GetValue<double>() == 23.5, "the controller reports the new setpoint", 30);
    }

    private static async Task<(string? Id, JsonObject? Twin)> FirstReportingAsync(PolisApi api, IEnumerable<string> ids, string key)
    {
        foreach (var id in ids)
        {
            var twin = await TwinAsync(api, id);
            if (twin["latest"]?[key] is not null)
            {
                return (id, twin);
            }
        }

        return (null, null);
    }

    private static async Task<int> ConnectedSinceAsync(PolisApi api, long since)
    {
        var page = await api.GetJsonAsync("/api/v1/devices?label=simulated&limit=1000");
        var count = 0;
        foreach (var item in page["items"]!.AsArray())
        {
            var connectivity = (await TwinAsync(api, item!["id"]!.GetValue<string>()))["connectivity"]!;
            count += connectivity["connected"]!.GetValue<bool>() && connectivity["lastConnectAt"]?.GetValue<long>() >= since ? 1 : 0;
        }

        return count;
    }

    private static async Task<JsonObject> TwinAsync(PolisApi api, string id) => (await api.GetJsonAsync($"/api/v1/devices/{id}"))["twin"]!.AsObject();
}
