using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests;

/// <summary>
/// A tariff switch inside a bill period through the real process in Copenhagen time: an electricity meter's register
/// is imported over the API for October 2026 (1 kWh every hour, 745 hours with the 25-hour 25th), the validation
/// service turns it into validated hours, the service point switches from a flat tariff to time of use on 16 October,
/// and one billing run issues one bill prorated at the switch, its lines labelled by tariff, as calculated by hand in
/// <c>TariffSwitchBillTests</c>.
/// </summary>
public sealed class MeteringTariffSwitchTests : IAsyncLifetime
{
    private static readonly DateTimeOffset October = new(2026, 9, 30, 22, 0, 0, TimeSpan.Zero);
    private const int Hours = 745;
    private PolisProcess _polis = null!;
    private PolisApi _api = null!;

    public async Task InitializeAsync()
    {
        _polis = await PolisProcess.StartAsync("--Polis:City:TimeZone", "Europe/Copenhagen");
        _api = await PolisApi.SignInAsync(_polis);
    }

    public async Task DisposeAsync()
    {
        _api.Dispose();
        await _polis.DisposeAsync();
    }

    [Fact]
    public async Task BillingRun_FlatToTimeOfUseOnTheSixteenth_OneBillProratedByHand()
    {
        await _api.PostCreatedAsync("/api/v1/metering/tariffs", Tariff("e2e-switch-flat", "Flat", [Charge("flat", ("unitPrice", 1.50m))], 3.00m));
        await _api.PostCreatedAsync("/api/v1/metering/tariffs", Tariff("e2e-switch-tou", "Time of use", [TimeOfUse()], 2.00m));
        await _api.PostCreatedAsync("/api/v1/metering/accounts", new { id = "e2e-switch-1", name = "Household 1", kind = "household" });
        await _api.PostCreatedAsync("/api/v1/metering/service-points", new { id = "e2e-switch-sp1", accountId = "e2e-switch-1", kind = "household", address = "Quay 1" });
        await _api.PostCreatedAsync("/api/v1/metering/meters", new { id = "e2e-switch-m1", kind = "electricity", serial = "EL-SW-1" });
        await _api.PostCreatedAsync("/api/v1/metering/installations", new { meterId = "e2e-switch-m1", servicePointId = "e2e-switch-sp1", from = October, initialRead = 0.0 });
        await AssignAsync("e2e-switch-flat", "2026-01-01");
        await AssignAsync("e2e-switch-tou", "2026-10-16");
        var csv = new StringBuilder("instant,value\n");
        for (var h = 1; h <= Hours; h++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{October.AddHours(h):yyyy-MM-ddTHH:mm:ssZ},{h}\n");
        }

        var import = await _api.Http.PostAsync(new Uri("/api/v1/metering/meters/e2e-switch-m1/reads", UriKind.Relative), new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        Assert.Equal(Hours, (int)(await import.Content.ReadFromJsonAsync<JsonObject>())!["accepted"]!);
        var range = $"from={Iso(October)}&to={Iso(October.AddHours(Hours))}";
        await Eventually.ReturnsAsync(
            () => _api.GetJsonAsync($"/api/v1/metering/meters/e2e-switch-m1/intervals?{range}"),
            s => s["values"]!.AsArray().Count == Hours && s["values"]!.AsArray().All(v => (string?)v!["quality"] == "valid"),
            "October's 745 hours are validated", seconds: 60);

        var run = await _api.Http.PostAsJsonAsync("/api/v1/metering/billing-runs", new { period = "2026-10", accountIds = new[] { "e2e-switch-1" } });
        var summary = (await run.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.True((int)summary["billed"]! == 1, summary.ToJsonString());
        Assert.Equal(1610.00m, (decimal)summary["totals"]![0]!["billed"]!);
        var listed = (await _api.GetJsonAsync("/api/v1/metering/bills?period=2026-10&accountId=e2e-switch-1"))["items"]![0]!;
        var bill = (await _api.GetJsonAsync($"/api/v1/metering/bills/{listed["id"]}"))["bill"]!;
        Assert.Equal("e2e-switch-flat, e2e-switch-tou", (string?)bill["tariffId"]);
        Assert.Equal(
            [
                ("e2e-switch-flat", "Flat: Energy", 360m, 540.00m), ("e2e-switch-flat", "Flat: Subscription", 15m, 45.00m),
                ("e2e-switch-flat", "Flat: VAT 25 %", 585.00m, 146.25m),
                ("e2e-switch-tou", "Time of use: Energy, night", 187m, 187.00m), ("e2e-switch-tou", "Time of use: Energy, day", 154m, 308.00m),
                ("e2e-switch-tou", "Time of use: Energy, peak", 44m, 176.00m), ("e2e-switch-tou", "Time of use: Subscription", 16m, 32.00m),
                ("e2e-switch-tou", "Time of use: VAT 25 %", 703.00m, 175.75m),
            ],
            bill["lines"]!.AsArray().Select(l => ((string)l!["tariffId"]!, (string)l["description"]!, (decimal)l["quantity"]!, (decimal)l["amount"]!)));
        Assert.Equal(1610.00m, (decimal)listed["issuedTotal"]!);
    }

    private async Task AssignAsync(string tariffId, string from)
    {
        var assigned = await _api.Http.PutAsJsonAsync("/api/v1/metering/service-points/e2e-switch-sp1/tariffs/electricity", new { tariffId, from });
        Assert.True(assigned.IsSuccessStatusCode, await assigned.Content.ReadAsStringAsync());
    }

    private static string Iso(DateTimeOffset t) => Uri.EscapeDataString(t.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));

    /// <summary>An electricity tariff from 2026-01-01: the charges, a subscription per day and 25 % VAT.</summary>
    private static JsonObject Tariff(string id, string name, JsonObject[] charges, decimal perDay) => new()
    {
        ["id"] = id, ["name"] = name, ["meterKind"] = "Electricity", ["currency"] = "DKK",
        ["versions"] = new JsonArray(new JsonObject
        {
            ["from"] = "2026-01-01",
            ["charges"] = new JsonArray([.. charges, Charge("standing", ("description", "Subscription"), ("perDay", perDay))]),
            ["taxes"] = new JsonArray(new JsonObject { ["description"] = "VAT", ["percent"] = 25 }),
        }),
    };

    private static JsonObject Charge(string type, params (string Name, JsonNode? Value)[] fields)
    {
        var charge = new JsonObject { ["type"] = type, ["description"] = "Energy" };
        foreach (var (name, value) in fields)
        {
            charge[name] = value;
        }

        return charge;
    }

    /// <summary>Weekdays: night 00–06 (1.00), day 06–17 and 21–24 (2.00), peak 17–21 (4.00); weekends night all day.</summary>
    private static JsonObject TimeOfUse() => JsonNode.Parse("""
        {"type":"timeOfUse","description":"Energy",
         "periods":[{"name":"night","unitPrice":1.00},{"name":"day","unitPrice":2.00},{"name":"peak","unitPrice":4.00}],
         "dayTypes":[
           {"name":"weekday","days":["Monday","Tuesday","Wednesday","Thursday","Friday"],
            "windows":[{"from":"00:00","to":"06:00","period":"night"},{"from":"06:00","to":"17:00","period":"day"},
                       {"from":"17:00","to":"21:00","period":"peak"},{"from":"21:00","to":"24:00","period":"day"}]},
           {"name":"weekend","days":["Saturday","Sunday"],"windows":[{"from":"00:00","to":"24:00","period":"night"}]}]}
        """)!.AsObject();
}
