using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests;

/// <summary>
/// The simulated city's households as metering customers, through the real polis process (the tiny preset): the
/// simulator registers accounts, service points, meters, installations and tariffs through the metering API, a
/// restart finds them all there (409s) and adds nothing, and the meters' readings become validated intervals.
/// </summary>
public sealed class SimulatorMeteringTests
{
    private const string Logged = "Metering customers of the simulated city";
    // Tiny: 4 households, 3 with a water meter, in 2 districts: 2 electricity feeders and 2 bulk water meters. Records:
    // 2 tariffs, 4 accounts, 4 service points, 7 meters, 7 installations, and the utility's account with a supply
    // service point per district and a meter and its installation per feeder.
    private const int Households = 4;
    private const int Meters = 7;
    private const int Feeders = 4;
    private const int SupplyPoints = 2;
    private const int Records = 2 + Households + Households + Meters + Meters + 1 + SupplyPoints + (2 * Feeders);

    // Speed 300: a meter's 15-minute slot passes every 3 s, from yesterday (the backfill) towards now.
    private static readonly string[] Simulated =
        ["--Polis:Simulator:Enabled", "true", "--Polis:Simulator:Scale", "tiny", "--Polis:Simulator:Seed", "6", "--Polis:Simulator:Speed", "300"];

    [Fact]
    public async Task TinyCity_HouseholdsBecomeCustomers_RestartAddsNothing_AndMetersGetValidatedIntervals()
    {
        await using var polis = await PolisProcess.StartAsync(Simulated);
        await Eventually.ReturnsAsync(() => Task.FromResult(polis.OutputCount(Logged)), n => n == 1, "the simulator provisions the metering customers", 120);
        Assert.Contains($"{Logged}: {Households} households with {Meters} meters, {Feeders} district feeders; {Records} records created, 0 already there, {Meters} tariff assignments in place",
            polis.Output, StringComparison.Ordinal);

        using (var api = await PolisApi.SignInAsync(polis))
        {
            await AssertRegistryAsync(api);

            // The meters report every completed slot; the readings become a validated series.
            var series = await Eventually.ReturnsAsync(
                () => api.GetJsonAsync("/api/v1/metering/meters/sim-6-em-00001/intervals"),
                s => s["values"]!.AsArray().Any(v => (string?)v!["quality"] == "valid"),
                "the electricity meter's readings are validated",
                120);
            var valid = series["values"]!.AsArray().Where(v => (string?)v!["quality"] == "valid").ToList();
            Assert.All(valid, v => Assert.True(v!["quantity"]!.GetValue<double>() >= 0, "consumption is never negative"));
            Assert.All(valid, v => Assert.Equal(TimeSpan.FromMinutes(15), DateTimeOffset.Parse((string)v!["end"]!, System.Globalization.CultureInfo.InvariantCulture) - DateTimeOffset.Parse((string)v["start"]!, System.Globalization.CultureInfo.InvariantCulture)));
            Assert.Contains(valid, v => v!["quantity"]!.GetValue<double>() > 0);
        }

        Assert.Equal(0, await polis.StopGracefullyAsync());
        await polis.StartAgainAsync();
        await Eventually.ReturnsAsync(() => Task.FromResult(polis.OutputCount(Logged)), n => n == 2, "the restarted simulator provisions again", 120);
        Assert.Contains($"{Logged}: {Households} households with {Meters} meters, {Feeders} district feeders; 0 records created, {Records} already there, {Meters} tariff assignments in place",
            polis.Output, StringComparison.Ordinal);

        using var again = await PolisApi.SignInAsync(polis);
        await AssertRegistryAsync(again);
    }

    /// <summary>Exactly the plan's records exist, once each, wired together.</summary>
    private static async Task AssertRegistryAsync(PolisApi api)
    {
        var accounts = await api.GetJsonAsync("/api/v1/metering/accounts?q=sim-6-acct-&limit=1000");
        Assert.Equal(Households + 1, accounts["total"]!.GetValue<int>());
        Assert.Equal(Households, accounts["items"]!.AsArray().Count(a => (string?)a!["kind"] == "household")); // and the utility's

        var supply = (await api.GetJsonAsync("/api/v1/metering/service-points?limit=1000"))["items"]!.AsArray()
            .Where(s => ((string)s!["id"]!).StartsWith("sim-6-sp-feeder-", StringComparison.Ordinal)).ToList();
        Assert.Equal(SupplyPoints, supply.Count);
        Assert.All(supply, s => Assert.Equal("supply", ((string?)s!["kind"])?.ToLowerInvariant()));

        var servicePoints = (await api.GetJsonAsync("/api/v1/metering/service-points?limit=1000"))["items"]!.AsArray()
            .Where(s => ((string)s!["id"]!).StartsWith("sim-6-sp-", StringComparison.Ordinal) && !((string)s["id"]!).StartsWith("sim-6-sp-feeder-", StringComparison.Ordinal)).ToList();
        Assert.Equal(Households, servicePoints.Count);
        // Each household balances against its district's feeder for each kind it has a meter of.
        Assert.All(servicePoints, s => Assert.InRange(s!["feederMeterIds"]!.AsArray().Count, 1, 2));
        Assert.Equal(Meters, servicePoints.Sum(s => s!["feederMeterIds"]!.AsArray().Count));
        var districts = (await api.GetJsonAsync("/api/v1/geography"))["features"]!.AsArray()
            .Where(f => (string?)f!["properties"]!["kind"] == "district").Select(f => (string?)f!["id"]).ToHashSet();
        Assert.All(servicePoints, s => Assert.Contains((string?)s!["districtId"], districts));
        Assert.All(servicePoints, s => Assert.False(string.IsNullOrWhiteSpace((string?)s!["address"])));

        var all = (await api.GetJsonAsync("/api/v1/metering/meters?q=sim-6-&limit=1000"))["items"]!.AsArray();
        Assert.Equal(Feeders, all.Count(m => m!["deviceId"] is null));
        var meters = all.Where(m => m!["deviceId"] is not null).ToList();
        Assert.Equal(Meters, meters.Count);
        Assert.Equal(Households, meters.Count(m => (string?)m!["kind"] == "electricity"));
        Assert.All(meters, m => Assert.Equal((string?)m!["id"], (string?)m["deviceId"]));
        Assert.All(meters, m => Assert.Equal(15, m!["intervalMinutes"]!.GetValue<int>()));

        var tariffs = (await api.Http.GetFromJsonAsync<JsonArray>("/api/v1/metering/tariffs"))!.Select(t => (string?)t!["id"]).ToList();
        Assert.Contains("sim-electricity-tou", tariffs);
        Assert.Contains("sim-water", tariffs);

        foreach (var servicePoint in servicePoints)
        {
            var id = (string)servicePoint!["id"]!;
            var installations = (await api.Http.GetFromJsonAsync<JsonArray>($"/api/v1/metering/service-points/{id}/installations"))!;
            var assignments = (await api.Http.GetFromJsonAsync<JsonArray>($"/api/v1/metering/service-points/{id}/tariffs"))!;
            Assert.InRange(installations.Count, 1, 2);
            Assert.Equal(installations.Count, assignments.Count);
            Assert.All(assignments, a => Assert.Equal("2024-01-01", (string?)a!["from"]));
        }
    }
}
