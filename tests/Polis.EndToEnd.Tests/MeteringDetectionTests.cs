using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MQTTnet;
using MQTTnet.Protocol;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests;

/// <summary>
/// Leak and theft detection through the real process: an electricity meter's device publishes a tamper flag over real
/// MQTT and a tamper alarm appears in the platform's alarms and a finding in the metering API; the flag lowered
/// resolves both. The balance and district consumption endpoints answer, and refuse bad input with problem details.
/// </summary>
[Collection(SharedPolis.Name)]
public sealed class MeteringDetectionTests(PolisFixture fixture)
{
    private readonly PolisApi _api = fixture.Api;

    [Fact]
    public async Task TamperFlagOverMqtt_RaisesAnAlarmAndAFinding_LoweredFlagResolvesThem()
    {
        var token = await _api.CreateDeviceAsync("e2e-elec-tamper", "electricity-meter");
        await PostAsync("/api/v1/metering/accounts", new { id = "e2e-acct-tamper", name = "Mill Lane 4", kind = "household" });
        await PostAsync("/api/v1/metering/service-points", new { id = "e2e-sp-tamper", accountId = "e2e-acct-tamper", kind = "household", address = "Mill Lane 4", occupied = true });
        await PostAsync("/api/v1/metering/meters", new { id = "e2e-elec-m1", kind = "electricity", serial = "EL-4", deviceId = "e2e-elec-tamper", registerDigits = 6 });
        await PostAsync("/api/v1/metering/installations", new { meterId = "e2e-elec-m1", servicePointId = "e2e-sp-tamper", from = "2026-01-01T00:00:00Z", initialRead = 0.0 });
        using var device = await Devices.ConnectAsync(fixture.Polis, token);

        await PublishAsync(device, """{"energy":1204.5,"tamper":true,"tamperCover":true}""");

        var alarms = await Eventually.ReturnsAsync(
            () => _api.GetJsonAsync("/api/v1/alarms?deviceId=e2e-elec-tamper&ruleId=metering.theft.tamper"),
            page => page["items"]!.AsArray().Count == 1,
            "a tamper alarm is raised on the meter's device");
        var alarm = alarms["items"]![0]!;
        Assert.Equal(("major", "active-unacknowledged"), (Lower(alarm["severity"]), Lower(alarm["status"])));
        var findings = await _api.GetJsonAsync("/api/v1/metering/findings?kind=tamper&meterId=e2e-elec-m1");
        var finding = findings["items"]![0]!;
        Assert.Equal(("tamper", "open", "metering.theft.tamper", "e2e-sp-tamper"), (Text(finding["kind"]), Text(finding["status"]), Text(finding["ruleId"]), Text(finding["servicePointId"])));
        Assert.Equal(["tamper", "tamperCover"], finding["evidence"]!["flags"]!.AsArray().Select(Text));
        Assert.Equal(Text(alarm["id"]), Text(finding["alarmId"]));
        var one = await _api.GetJsonAsync($"/api/v1/metering/findings/{finding["id"]!.GetValue<long>()}");
        Assert.Equal(Text(finding["summary"]), Text(one["summary"]));

        await PublishAsync(device, """{"energy":1204.6,"tamper":false,"tamperCover":false}""");

        await Eventually.ReturnsAsync(
            () => _api.GetJsonAsync("/api/v1/metering/findings?kind=tamper&meterId=e2e-elec-m1&status=resolved"),
            page => page["items"]!.AsArray().Count == 1,
            "the lowered flags resolve the finding");
        var cleared = await _api.GetJsonAsync($"/api/v1/alarms/{Text(alarm["id"])}");
        Assert.Equal("cleared", Lower(cleared["status"] ?? cleared["alarm"]!["status"]));
        var unknown = await _api.Http.GetAsync(new Uri("/api/v1/metering/findings/999999999", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        await PolisApi.ReadProblemAsync(unknown);
        var badKind = await _api.Http.GetAsync(new Uri("/api/v1/metering/findings?kind=flood", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
    }

    [Fact]
    public async Task BalanceAndDistrictConsumption_Answer_AndRefuseBadRanges()
    {
        await PostAsync("/api/v1/metering/meters", new { id = "e2e-feeder-1", kind = "water", serial = "DMA-1", registerDigits = 8 });
        await PostAsync("/api/v1/metering/accounts", new { id = "e2e-acct-dma", name = "Dock Street 9", kind = "household" });
        await PostAsync("/api/v1/metering/service-points", new { id = "e2e-sp-dma", accountId = "e2e-acct-dma", kind = "household", address = "Dock Street 9", feederMeterId = "e2e-feeder-1" });

        var balance = await _api.GetJsonAsync("/api/v1/metering/balance?feederMeterId=e2e-feeder-1&from=2026-01-01&to=2026-01-03");
        var feeder = balance["feeders"]![0]!;
        Assert.Equal(("e2e-feeder-1", "m3", 1, 2), (Text(feeder["feederMeterId"]), Text(feeder["unit"]), feeder["members"]!.GetValue<int>(), feeder["days"]!.AsArray().Count));
        Assert.False(feeder["days"]![0]!["complete"]!.GetValue<bool>()); // no data yet: incomplete, never zero losses
        Assert.Equal(2, feeder["period"]!["incompleteDays"]!.GetValue<int>());
        var districts = await _api.Http.GetFromJsonAsync<JsonArray>("/api/v1/metering/consumption/districts?from=2026-01-01&to=2026-01-03&kind=water");
        Assert.NotNull(districts);

        var neither = await _api.Http.GetAsync(new Uri("/api/v1/metering/balance?from=2026-01-01&to=2026-01-03", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, neither.StatusCode);
        Assert.Contains("feederMeterId", (await PolisApi.ReadProblemAsync(neither))["errors"]!.AsObject().Select(e => e.Key));
        var backwards = await _api.Http.GetAsync(new Uri("/api/v1/metering/consumption/districts?from=2026-02-01&to=2026-01-01&kind=water", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        var unknownFeeder = await _api.Http.GetAsync(new Uri("/api/v1/metering/balance?feederMeterId=nope&from=2026-01-01&to=2026-01-02", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknownFeeder.StatusCode);

        var run = await _api.Http.PostAsJsonAsync("/api/v1/metering/detection/run", new { from = "2026-01-01", to = "2026-01-03", meterIds = new[] { "e2e-feeder-1" } });
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        var result = (await run.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((1, 1), (result["meters"]!.GetValue<int>(), result["feeders"]!.GetValue<int>()));
        var badRun = await _api.Http.PostAsJsonAsync("/api/v1/metering/detection/run", new { from = "yesterday", to = "2026-01-03" });
        Assert.Equal(HttpStatusCode.BadRequest, badRun.StatusCode);
    }

    private async Task PostAsync(string path, object body)
    {
        var response = await _api.Http.PostAsJsonAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {path} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task PublishAsync(IMqttClient device, string values)
    {
        var payload = string.Create(CultureInfo.InvariantCulture, $$"""{"ts":{{Devices.Now()}},"values":{{values}}}""");
        var published = await device.PublishStringAsync("v1/devices/me/telemetry", payload, MqttQualityOfServiceLevel.AtLeastOnce);
        Assert.Equal(MqttClientPublishReasonCode.Success, published.ReasonCode);
    }

    private static string? Text(JsonNode? node) => node?.GetValue<string>();

    private static string? Lower(JsonNode? node) => node?.GetValue<string>().ToLowerInvariant();
}
