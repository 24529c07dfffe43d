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
/// Validation in production through the real process: a heat meter's device publishes 36 hours of the real Danish heat
/// meter's register (its 2018-08-19 spike included, three readings lost) over MQTT; the validation service turns them
/// into validated intervals (the spike Questionable, the lost hours Estimated); an analyst accepts the spike through the
/// API (audited under their name), a forced re-validation keeps the edit, and the statistics count it all.
/// </summary>
[Collection(SharedPolis.Name)]
public sealed class MeteringValidationTests(PolisFixture fixture)
{
    private const string Meter = "e2e-vee-m1";
    private readonly PolisApi _api = fixture.Api;

    [Fact]
    public async Task HeatMeterOverMqtt_SpikeAndLostReadings_ValidatedEditedAndCounted()
    {
        var token = await _api.CreateDeviceAsync("e2e-vee-1", "heat-meter");
        using var device = await Devices.ConnectAsync(fixture.Polis, token);
        var created = await _api.Http.PostAsJsonAsync("/api/v1/metering/meters", new { id = Meter, kind = "heat", serial = "KAM-0661", deviceId = "e2e-vee-1", registerDigits = 6 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        // 20 days back, on a UTC midnight: no other test's intervals share the range, so the statistics are this meter's.
        var t0 = DateTimeOffset.FromUnixTimeMilliseconds(Devices.Now()).UtcDateTime.Date.AddDays(-20);
        var real = DanishHeatMeter.HourlyRegister(DateTimeOffset.Parse("2018-08-19T00:00:00Z", CultureInfo.InvariantCulture), 37);
        var payload = new StringBuilder("[");
        for (var h = 0; h <= 36; h++)
        {
            if (h is 5 or 6 or 7)
            {
                continue; // three lost readings: the four hours between 04:00 and 08:00 have only the register difference
            }

            payload.Append(CultureInfo.InvariantCulture, $$$"""{"ts":{{{new DateTimeOffset(t0.AddHours(h)).ToUnixTimeMilliseconds()}}},"values":{"energy":{{{real[h]}}}}},""");
        }

        var published = await device.PublishStringAsync("v1/devices/me/telemetry", payload.ToString().TrimEnd(',') + "]", MqttQualityOfServiceLevel.AtLeastOnce);
        Assert.Equal(MqttClientPublishReasonCode.Success, published.ReasonCode);

        var range = $"from={Iso(t0)}&to={Iso(t0.AddHours(36))}";
        var series = await Eventually.ReturnsAsync(
            () => _api.GetJsonAsync($"/api/v1/metering/meters/{Meter}/intervals?{range}"),
            s => s["values"]!.AsArray().Count == 36,
            "the 36 hours are validated");
        var values = series["values"]!.AsArray();
        var spike = values[16]!;
        Assert.Equal(("questionable", "spike"), (spike["quality"]!.GetValue<string>(), spike["rule"]!.GetValue<string>()));
        Assert.Equal(5.37, spike["quantity"]!.GetValue<double>(), 2);
        Assert.All(values.Skip(4).Take(4), v => Assert.Equal("estimated", v!["quality"]!.GetValue<string>()));
        Assert.Equal(real[36] - real[0], values.Sum(v => v!["quantity"]!.GetValue<double>()), 6);

        var edit = await _api.Http.PostAsJsonAsync($"/api/v1/metering/meters/{Meter}/intervals/edits",
            new { action = "accept", from = Iso(t0.AddHours(16)), to = Iso(t0.AddHours(17)), reason = "sauna evening, confirmed by the customer" });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        var applied = (await edit.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("valid", applied["changed"]![0]!["quality"]!.GetValue<string>());
        var audit = await _api.Http.GetFromJsonAsync<JsonArray>($"/api/v1/metering/meters/{Meter}/intervals/audit?{range}");
        var entry = audit!.Single(a => a!["rule"]!.GetValue<string>() == "analyst-accept")!;
        Assert.Equal((PolisProcess.AdminEmail, "questionable", "valid"), (entry["actor"]!.GetValue<string>(), entry["oldQuality"]!.GetValue<string>(), entry["newQuality"]!.GetValue<string>()));

        var revalidate = await _api.Http.PostAsync(new Uri($"/api/v1/metering/meters/{Meter}/revalidate?from={Iso(t0)}", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, revalidate.StatusCode);
        await Eventually.ReturnsAsync(() => _api.GetJsonAsync("/api/v1/metering/vee/queue"),
            q => q["waiting"]!.AsArray().All(m => m!["meterId"]!.GetValue<string>() != Meter), "the re-validation ran");
        var after = await _api.GetJsonAsync($"/api/v1/metering/meters/{Meter}/intervals?{range}");
        Assert.Equal("valid", after["values"]![16]!["quality"]!.GetValue<string>());
        Assert.Equal("spike,analyst-accept", after["values"]![16]!["rule"]!.GetValue<string>());

        var stats = await _api.GetJsonAsync($"/api/v1/metering/vee/stats?{range}&kind=heat");
        Assert.Equal((1, 36, 0), (Int(stats, "meters"), Int(stats, "values"), Int(stats, "missing")));
        var qualities = stats["qualities"]!.AsArray().ToDictionary(q => q!["quality"]!.GetValue<string>(), q => Int(q!, "values"));
        Assert.Equal((32, 4, 0, 0), (qualities["valid"], qualities["estimated"], qualities["edited"], qualities["questionable"]));
        Assert.Equal((1, 4), (Int(stats["rules"]!, "analyst-accept"), Int(stats["rules"]!, "gap")));
        Assert.Empty(stats["topQuestionable"]!.AsArray());
        Assert.Equal(36, stats["days"]!.AsArray().Sum(d => Int(d!, "valid") + Int(d!, "estimated")));
    }

    [Fact]
    public async Task BadEdits_AreProblemDetails()
    {
        var created = await _api.Http.PostAsJsonAsync("/api/v1/metering/meters", new { id = "e2e-vee-m2", kind = "water", serial = "W-2", intervalMinutes = 15 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        const string path = "/api/v1/metering/meters/e2e-vee-m2/intervals/edits";

        Assert.Equal("reason", await FieldAsync(path, new { action = "accept", from = "2026-01-01T00:00:00Z", to = "2026-01-01T01:00:00Z" }));
        Assert.Equal("action", await FieldAsync(path, new { action = "delete", from = "2026-01-01T00:00:00Z", to = "2026-01-01T01:00:00Z", reason = "x" }));
        Assert.Equal("quantity", await FieldAsync(path, new { action = "set", from = "2026-01-01T00:00:00Z", to = "2026-01-01T01:00:00Z", reason = "x" }));
        Assert.Equal("to", await FieldAsync(path, new { action = "accept", from = "2026-01-01T00:00:00Z", to = "2026-01-01T00:10:00Z", reason = "x" }));
        Assert.Equal("to", await FieldAsync(path, new { action = "accept", from = "2026-01-01T00:00:00Z", to = "2026-12-01T00:00:00Z", reason = "x" }));
        var unknown = await _api.Http.PostAsJsonAsync("/api/v1/metering/meters/no-such-meter/intervals/edits",
            new { action = "accept", from = "2026-01-01T00:00:00Z", to = "2026-01-01T01:00:00Z", reason = "x" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        await PolisApi.ReadProblemAsync(unknown);
        Assert.Empty((await _api.Http.GetFromJsonAsync<JsonArray>("/api/v1/metering/meters/e2e-vee-m2/intervals/edits?from=2025-01-01T00:00:00Z&to=2027-01-01T00:00:00Z"))!);
    }

    private async Task<string> FieldAsync(string path, object body)
    {
        var response = await _api.Http.PostAsJsonAsync(path, body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return Assert.Single((await PolisApi.ReadProblemAsync(response))["errors"]!.AsObject()).Key;
    }

    private static string Iso(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static int Int(JsonNode node, string name) => node[name]!.GetValue<int>();
}
