using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests;

/// <summary>
/// The simulated city (tiny preset) with its buses running a real feed, Bull Runner (2015–2020), through the real
/// polis process and its MQTT broker: the platform's active feed is its copy rebased to today, the buses are the ones
/// its timetable needs, the tracker matches them to its trips, and a restart in the same week uploads the same bytes
/// and reuses the buses. A feed the platform would refuse leaves the city on its generated routes.
/// </summary>
public sealed class SimulatorTransitFeedTests
{
    private const int TinyDevices = 19;
    private const int TinyDevicesWithoutBuses = 17;
    private const string Announcement = "Simulated city running";
    private static readonly string[] BullRunnerRoutes = ["A", "B", "C", "D", "E", "F"];

    [Fact]
    public async Task TinyCity_BullRunnerFeed_RebasedFeedActiveAndBusesMatchedToItsTrips()
    {
        var directory = Path.Combine(Path.GetTempPath(), "polis-e2e-feed-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            await RunsBullRunnerAsync(BullRunnerFeed.Prepare(directory));
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public async Task TinyCity_FeedRefusedByValidation_ErrorLoggedAndCityRunsItsGeneratedRoutes()
    {
        var directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "polis-e2e-feed-" + Guid.NewGuid().ToString("N")[..12]));
        var path = Path.Combine(directory.FullName, "unknown-route.zip");
        await File.WriteAllBytesAsync(path, TransitPolisFixture.FeedWithUnknownRoute());
        try
        {
            await using var polis = await PolisProcess.StartAsync(Simulated("--Polis:Simulator:TransitFeed", path));
            await Eventually.ReturnsAsync(() => Task.FromResult(polis.OutputCount(Announcement)), n => n == 1, "the simulator announces the city", 120);
            Assert.Contains($"The transit feed {path} cannot run, so the city's buses run its generated routes: " +
                "The transit feed unknown-route.zip is not a valid GTFS feed: foreign_key_violation (1).", polis.Output, StringComparison.Ordinal);
            Assert.Contains($"{Announcement}: {TinyDevices} devices", polis.Output, StringComparison.Ordinal);

            using var api = await PolisApi.SignInAsync(polis);
            var feed = Assert.Single((await api.Http.GetFromJsonAsync<JsonArray>("/api/v1/transit/feeds"))!)!;
            Assert.Equal("sim-5-tiny", (string?)feed["feedVersion"]);
            var buses = (await api.GetJsonAsync("/api/v1/devices?label=simulated&limit=1000"))["items"]!.AsArray()
                .Where(d => (string?)d!["profileId"] == "bus").Select(d => (string)d!["id"]!).ToList();
            Assert.Equal(["sim-5-bus-00001", "sim-5-bus-00002"], buses.Order(StringComparer.Ordinal));
            await Eventually.ReturnsAsync(() => CountInAsync(api, buses, (55, 56.5), (12, 13.2)), n => n > 0, "a bus reports a position on the generated streets", 60);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <param name="bullRunner">The feed as published, or moved to run now (its network tells its trips).</param>
    private static async Task RunsBullRunnerAsync(BullRunnerFeed bullRunner)
    {
        await using var polis = await PolisProcess.StartAsync(Simulated("--Polis:Simulator:TransitFeed", bullRunner.Path));
        await Eventually.ReturnsAsync(() => Task.FromResult(polis.OutputCount(Announcement)), n => n == 1, "the simulator announces the city", 120);
        Assert.Contains("Rebased the transit feed bullrunner-gtfs.zip by", polis.Output, StringComparison.Ordinal);
        var week = MondayInTampa();

        using var api = await PolisApi.SignInAsync(polis);
        var devices = (await api.GetJsonAsync("/api/v1/devices?label=simulated&limit=1000"))["items"]!.AsArray();
        var buses = devices.Where(d => (string?)d!["profileId"] == "bus").ToList();
        Assert.Equal(TinyDevicesWithoutBuses, devices.Count - buses.Count);
        Assert.True(buses.Count > 10, $"{buses.Count} buses: Bull Runner's weekdays need about twenty");
        Assert.Equal(Enumerable.Range(1, buses.Count).Select(n => $"sim-5-bus-{n:D5}"), buses.Select(b => (string)b!["id"]!).Order(StringComparer.Ordinal));
        Assert.All(buses, b => Assert.Contains(b!["labels"]!.AsArray().Select(l => (string?)l), l => l is not null && BullRunnerRoutes.Any(r => l == $"route:{r}")));

        // The active feed is the rebased copy: its routes are served and its calendar no longer expired.
        var feed = Assert.Single((await api.Http.GetFromJsonAsync<JsonArray>("/api/v1/transit/feeds"))!)!;
        Assert.Equal("active", (string?)feed["status"]);
        Assert.StartsWith("bullrunner-gtfs.rebased+", (string?)feed["fileName"], StringComparison.Ordinal);
        var report = await api.GetJsonAsync($"/api/v1/transit/feeds/{feed["id"]}/report");
        Assert.DoesNotContain(report["notices"]!.AsArray(), n => (string?)n!["code"] == "expired_calendar");
        var routes = await api.Http.GetFromJsonAsync<JsonArray>("/api/v1/transit/routes");
        Assert.Equal(BullRunnerRoutes, routes!.Select(r => (string)r!["id"]!).Order(StringComparer.Ordinal));

        // Every bus stands or drives in Tampa, where Bull Runner runs (the city's other devices are in Denmark).
        var ids = buses.Select(b => (string)b!["id"]!).ToList();
        await Eventually.ReturnsAsync(() => CountInAsync(api, ids, (27.9, 28.3), (-82.6, -82.2)), n => n >= buses.Count / 2, "the buses report positions on Bull Runner's routes", 60);

        // The tracker follows the buses on the runs they report: trips of the feed, on its routes.
        var matched = await Eventually.ReturnsAsync(() => MatchedAsync(api), v => v.Any(Assigned), "the tracker assigns a bus to a Bull Runner trip", 120);
        Assert.All(matched, v => Assert.True(bullRunner.Network.Trips.ContainsKey((string)v["trip"]!["tripId"]!), $"{v["trip"]} is a Bull Runner trip"));
        Assert.All(matched, v => Assert.Contains((string?)v["trip"]!["routeId"], BullRunnerRoutes));
        Assert.All(matched, v => Assert.Contains((string?)v["matchSource"], (string[])["assigned", "matched"]));

        Assert.Equal(0, await polis.StopGracefullyAsync());
        await polis.StartAgainAsync();
        await Eventually.ReturnsAsync(() => Task.FromResult(polis.OutputCount(Announcement)), n => n == 2, "the restarted simulator announces the city", 120);
        Assert.Contains($"(0 registered, {TinyDevicesWithoutBuses + buses.Count} reused)", polis.Output, StringComparison.Ordinal);
        if (MondayInTampa() == week)
        {
            // The same week rebases the same way: the same bytes, recognised as the active feed.
            Assert.Equal(2, polis.OutputCount("is the platform's active transit feed (version 1)"));
        }
    }

    private static string[] Simulated(params string[] more) =>
        ["--Polis:Simulator:Enabled", "true", "--Polis:Simulator:Scale", "tiny", "--Polis:Simulator:Seed", "5", .. more];

    private static bool Assigned(JsonObject vehicle) => (string?)vehicle["matchSource"] == "assigned";

    private static DateOnly MondayInTampa()
    {
        var local = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/New_York")).DateTime);
        return local.AddDays(-(((int)local.DayOfWeek + 6) % 7));
    }

    /// <summary>How many of the devices last reported a position in the box of <paramref name="latitude"/> and <paramref name="longitude"/>.</summary>
    private static async Task<int> CountInAsync(PolisApi api, IEnumerable<string> ids, (double Min, double Max) latitude, (double Min, double Max) longitude)
    {
        var count = 0;
        foreach (var id in ids)
        {
            var latest = (await api.GetJsonAsync($"/api/v1/devices/{id}"))["twin"]!["latest"];
            var (y, x) = (latest?["latitude"]?["value"]?.GetValue<double>(), latest?["longitude"]?["value"]?.GetValue<double>());
            count += y > latitude.Min && y < latitude.Max && x > longitude.Min && x < longitude.Max ? 1 : 0;
        }

        return count;
    }

    /// <summary>The simulated buses the tracker has on a run.</summary>
    private static async Task<List<JsonObject>> MatchedAsync(PolisApi api) =>
        [.. (await api.Http.GetFromJsonAsync<JsonArray>("/api/v1/transit/vehicles"))!
            .Select(v => v!.AsObject())
            .Where(v => ((string?)v["id"])?.StartsWith("sim-5-bus-", StringComparison.Ordinal) == true && v["trip"] is JsonObject)];
}
