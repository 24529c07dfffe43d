using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using MQTTnet;
using MQTTnet.Protocol;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests;

/// <summary>
/// Metering through the real process: a heat meter's device publishes register readings over MQTT with its token, before
/// and after the meter is registered for it (the earlier ones back-filled from telemetry), and they appear as the meter's
/// reads; a head-end import of a real Danish heat meter's three years of hourly register values, with a duplicate and a
/// bad row, is reported row by row.
/// </summary>
[Collection(SharedPolis.Name)]
public sealed class MeteringTests(PolisFixture fixture)
{
    private readonly PolisApi _api = fixture.Api;

    [Fact]
    public async Task HeatMeterDevice_ReadingsOverMqttBeforeAndAfterRegistration_AppearAsTheMetersReads()
    {
        var token = await _api.CreateDeviceAsync("e2e-heat-1", "heat-meter");
        using var device = await Devices.ConnectAsync(fixture.Polis, token);
        var t0 = (Devices.Now() / 1_000 * 1_000) - 3 * 3_600_000;
        await PublishAsync(device, t0, 5_347.6);
        var unassigned = await Eventually.ReturnsAsync(
            () => _api.Http.GetFromJsonAsync<JsonArray>("/api/v1/metering/unassigned-devices"),
            list => list!.Any(d => d!["deviceId"]!.GetValue<string>() == "e2e-heat-1"),
            "the device is listed as heard without a meter");
        Assert.Equal(1, unassigned!.Single(d => d!["deviceId"]!.GetValue<string>() == "e2e-heat-1")!["readings"]!.GetValue<long>());

        await _api.PostCreatedAsync("/api/v1/metering/accounts", new { id = "e2e-acct-1", name = "Harbour Flats", kind = "business" });
        await _api.PostCreatedAsync("/api/v1/metering/service-points", new { id = "e2e-sp-1", accountId = "e2e-acct-1", kind = "building", address = "Quay 1" });
        var meter = await _api.PostCreatedAsync("/api/v1/metering/meters", new { id = "e2e-heat-m1", kind = "heat", serial = "KAM-660", deviceId = "e2e-heat-1", registerDigits = 6 });
        Assert.Equal(("energy", "kWh", 1_000_000.0), (meter["registerKey"]!.GetValue<string>(), meter["unit"]!.GetValue<string>(), meter["capacity"]!.GetValue<double>()));
        await _api.PostCreatedAsync("/api/v1/metering/installations", new { meterId = "e2e-heat-m1", servicePointId = "e2e-sp-1", from = Iso(t0 - 86_400_000), initialRead = 5_000.0 });
        await PublishAsync(device, t0 + 3_600_000, 5_350.7);
        await PublishAsync(device, t0 + 7_200_000, 5_353.6);

        var range = $"from={Iso(t0 - 3_600_000)}&to={Iso(t0 + 10_800_000)}";
        var reads = await Eventually.ReturnsAsync(
            () => _api.GetJsonAsync($"/api/v1/metering/meters/e2e-heat-m1/reads?{range}"),
            r => r["values"]!.AsArray().Count == 3,
            "the earlier reading is back-filled and the later ones filed");
        Assert.Equal([5_347.6, 5_350.7, 5_353.6], reads["values"]!.AsArray().Select(r => r!["value"]!.GetValue<double>()));
        Assert.Equal(["backfill", "device", "device"], reads["values"]!.AsArray().Select(r => r!["source"]!.GetValue<string>()));
        var site = await _api.GetJsonAsync($"/api/v1/metering/service-points/e2e-sp-1/reads?{range}");
        Assert.Equal(3, site["installations"]![0]!["values"]!.AsArray().Count);
        Assert.DoesNotContain((await _api.Http.GetFromJsonAsync<JsonArray>("/api/v1/metering/unassigned-devices"))!, d => d!["deviceId"]!.GetValue<string>() == "e2e-heat-1");

        var twice = await _api.Http.PostAsJsonAsync("/api/v1/metering/installations", new { meterId = "e2e-heat-m1", servicePointId = "e2e-sp-1", from = Iso(t0) });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("already installed at service point 'e2e-sp-1'", (await PolisApi.ReadProblemAsync(twice))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var badKind = await _api.Http.PostAsJsonAsync("/api/v1/metering/meters", new { kind = "steam", serial = "X", deviceId = "e2e-heat-1" });
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
        Assert.Contains("one of electricity, water, heat, gas", (await PolisApi.ReadProblemAsync(badKind))["errors"]!["kind"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkImport_RealHeatMeterRowsWithADuplicateAndABadRow_ReportedRowByRow()
    {
        await _api.PostCreatedAsync("/api/v1/metering/meters", new { id = "e2e-danish-660", kind = "heat", serial = "660", registerDigits = 7 });
        var rows = File.ReadLines(DanishHeatMeter.DataPath()).Skip(1).Select(l => l.Split(',')).Select(f => $"{f[2]},{f[3]}").ToList();
        var body = new StringBuilder("instant,value\n").AppendJoin('\n', rows).Append('\n')
            .Append(rows[100]).Append('\n')               // line rows.Count + 2: the same reading again
            .Append("2018-01-07T05:30:00Z,n/a\n");         // line rows.Count + 3: no number
        using var content = new StringContent(body.ToString(), Encoding.UTF8, "text/csv");

        var response = await _api.Http.PostAsync(new Uri("/api/v1/metering/meters/e2e-danish-660/reads", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((26_258, 26_256, 1, 0, 1), (Int(report, "rows"), Int(report, "accepted"), Int(report, "duplicates"), Int(report, "conflicting"), Int(report, "refused")));
        var issues = report["issues"]!.AsArray();
        Assert.Equal((rows.Count + 2, "duplicate"), (Int(issues[0]!, "row"), issues[0]!["outcome"]!.GetValue<string>()));
        Assert.Equal((rows.Count + 3, "refused", "not a number: \"n/a\""), (Int(issues[1]!, "row"), issues[1]!["outcome"]!.GetValue<string>(), issues[1]!["reason"]!.GetValue<string>()));

        var day = await _api.GetJsonAsync("/api/v1/metering/meters/e2e-danish-660/reads?from=2018-01-02T23:00:00Z&to=2018-01-04T00:00:00Z");
        Assert.Equal(25, day["values"]!.AsArray().Count);
        Assert.Equal(5_347.61445783133, day["values"]![0]!["value"]!.GetValue<double>());
        var repeated = await _api.GetJsonAsync("/api/v1/metering/meters/e2e-danish-660/reads?from=2018-01-07T03:00:00Z&to=2018-01-07T04:00:00Z");
        Assert.Equal((rows[100].Split(',')[1], 1), (Invariant(repeated["values"]![0]!["value"]!.GetValue<double>()), Int(repeated["values"]![0]!, "duplicates")));
        var csv = await _api.Http.GetStringAsync(new Uri("/api/v1/metering/meters/e2e-danish-660/reads?from=2018-01-07T05:00:00Z&to=2018-01-07T07:00:00Z&format=csv", UriKind.Relative));
        Assert.StartsWith("instant,value,received,source,duplicates,conflicting_values\n2018-01-07T05:00:00Z,", csv, StringComparison.Ordinal);
        Assert.Equal(3, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        using var notAnArray = new StringContent("""{"instant":"2018-01-02T23:00:00Z","value":1}""", Encoding.UTF8, "application/json");
        var malformed = await _api.Http.PostAsync(new Uri("/api/v1/metering/meters/e2e-danish-660/reads", UriKind.Relative), notAnArray);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("Malformed body", (await PolisApi.ReadProblemAsync(malformed))["title"]!.GetValue<string>());
        using var toNobody = new StringContent("2018-01-02T23:00:00Z,1\n", Encoding.UTF8, "text/csv");
        var unknown = await _api.Http.PostAsync(new Uri("/api/v1/metering/meters/no-such-meter/reads", UriKind.Relative), toNobody);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        await PolisApi.ReadProblemAsync(unknown);
    }

    private static async Task PublishAsync(IMqttClient device, long ts, double energy)
    {
        var payload = string.Create(CultureInfo.InvariantCulture, $$$"""{"ts":{{{ts}}},"values":{"energy":{{{energy}}},"power":3.2}}""");
        var published = await device.PublishStringAsync("v1/devices/me/telemetry", payload, MqttQualityOfServiceLevel.AtLeastOnce);
        Assert.Equal(MqttClientPublishReasonCode.Success, published.ReasonCode);
    }

    private static string Iso(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static int Int(JsonNode node, string name) => node[name]!.GetValue<int>();

    private static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
