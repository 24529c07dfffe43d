using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using MQTTnet;
using MQTTnet.Protocol;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests.Citizens;

/// <summary>
/// One city through the real process: a streetlight registered at a spot reports a fault over MQTT, its rule raises a
/// real alarm, the operator files a work report from it (at the streetlight, once per alarm, noted on the alarm), and
/// the report — and a resident's report a few metres away — shows the streetlight with its live twin.
/// </summary>
[Collection(Open311Polis.Name)]
public sealed class OneCityTests(Open311Fixture fixture)
{
    // Inside the fixture's district; 0.000135° of latitude is 15 m.
    private const double Lat = 55.6785;
    private const double Long = 12.5655;

    private readonly PolisApi _api = fixture.Api;

    [Fact]
    public async Task WorkReportFromARealAlarm_AtTheDeviceOncePerAlarm_ShowsTheDevicesTwin()
    {
        var token = await _api.CreateDeviceAsync("e2e-onecity-lamp", "generic", location: [Long, Lat]);
        await CreateRuleAsync("""
            { "id": "e2e-onecity-fault", "name": "Lamp fault", "target": { "deviceId": "e2e-onecity-lamp" }, "severity": "major",
              "condition": { "type": "threshold", "key": "fault", "operator": ">", "value": 0 } }
            """);
        using var lamp = await Devices.ConnectAsync(fixture.Polis, token);
        var published = await lamp.PublishAsync(new MqttApplicationMessageBuilder().WithTopic("v1/devices/me/telemetry").WithPayload("""{"fault": 1, "lamp_current": 0.02}""")
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
        Assert.True(published.IsSuccess, published.ReasonString);
        var alarms = await Eventually.ReturnsAsync(
            async () => (await _api.GetJsonAsync("/api/v1/alarms?deviceId=e2e-onecity-lamp&status=active-unacknowledged"))["items"]!.AsArray(), a => a.Count == 1, "the fault raises an alarm");
        var alarmId = (string)alarms[0]!["id"]!;

        var filed = await _api.Http.PostAsJsonAsync("/api/v1/citizens/reports/from-alarm", new { alarmId, serviceCode = "streetlight" });
        var filedBody = await filed.Content.ReadAsStringAsync();
        Assert.True(filed.StatusCode == HttpStatusCode.Created, filedBody);
        var report = JsonNode.Parse(filedBody)!["report"]!;
        var reportId = report["id"]!.ToString();
        Assert.Equal((Lat, Long), ((double)report["latitude"]!, (double)report["longitude"]!));
        Assert.StartsWith("Lamp fault: major alarm on Device e2e-onecity-lamp (e2e-onecity-lamp)", (string)report["description"]!, StringComparison.Ordinal);
        Assert.Equal(("confirmed", "lighting"), ((string)report["status"]!, (string)report["department"]!));

        var second = await _api.Http.PostAsJsonAsync("/api/v1/citizens/reports/from-alarm", new { alarmId, serviceCode = "streetlight", description = "Again" });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(reportId, (await PolisApi.ReadProblemAsync(second))["reportId"]!.ToString());
        var alarm = await _api.GetJsonAsync($"/api/v1/alarms/{alarmId}");
        Assert.Contains(alarm["history"]!.AsArray(), e => (string?)e!["text"] is { } text && text.StartsWith($"Work report {reportId} (streetlight)", StringComparison.Ordinal));

        var devices = await _api.GetJsonAsync($"/api/v1/citizens/reports/{reportId}/devices");
        Assert.Equal(alarmId, (string)devices["alarmId"]!);
        var device = Assert.Single(devices["devices"]!.AsArray())!;
        Assert.Equal(0, (double)device["distanceMetres"]!);
        Assert.Equal("e2e-onecity-lamp", (string)device["device"]!["id"]!);
        Assert.Equal(1, (double)device["device"]!["twin"]!["latest"]!["fault"]!["value"]!);

        // A resident's report 15 m away shows the same streetlight within 30 m, and nothing within 10 m.
        var nearby = await new DuplicateReports(fixture, "streetlight").PostAsync(Lat + 0.000135, Long, "The lamp by the bench is dark");
        var within30 = (await _api.GetJsonAsync($"/api/v1/citizens/reports/{nearby}/devices"))["devices"]!.AsArray();
        Assert.InRange((double)Assert.Single(within30)!["distanceMetres"]!, 14.5, 15.5);
        Assert.Empty((await _api.GetJsonAsync($"/api/v1/citizens/reports/{nearby}/devices?radius=10"))["devices"]!.AsArray());
    }

    [Fact]
    public async Task FromAlarm_BadInput_ProblemDetailsAndNothingFiled()
    {
        var before = await fixture.CountReportsAsync();
        var notGuid = await _api.Http.PostAsJsonAsync("/api/v1/citizens/reports/from-alarm", new { alarmId = "alarm-1", serviceCode = "streetlight" });
        Assert.Equal(HttpStatusCode.BadRequest, notGuid.StatusCode);
        Assert.NotNull((await PolisApi.ReadProblemAsync(notGuid))["errors"]!["alarmId"]);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Http.PostAsJsonAsync("/api/v1/citizens/reports/from-alarm", new { alarmId = Guid.NewGuid(), serviceCode = "streetlight" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _api.Http.PostAsJsonAsync("/api/v1/citizens/reports/from-alarm", new { alarmId = Guid.NewGuid() })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Anonymous.PostAsJsonAsync("/api/v1/citizens/reports/from-alarm", new { alarmId = Guid.NewGuid(), serviceCode = "streetlight" })).StatusCode);
        Assert.Equal(before, await fixture.CountReportsAsync());

        var id = await Open311Posts.CreatePotholeAsync(new Open311Client(fixture.Anonymous), fixture.ApiKey);
        Assert.Equal(HttpStatusCode.BadRequest, (await _api.Http.GetAsync(new Uri($"/api/v1/citizens/reports/{id}/devices?radius=0", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Http.GetAsync(new Uri("/api/v1/citizens/reports/987654321/devices", UriKind.Relative))).StatusCode);
    }

    private async Task CreateRuleAsync(string json)
    {
        var response = await _api.Http.PostAsync(new Uri("/api/v1/rules", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }
}
