using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using MQTTnet;
using MQTTnet.Protocol;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests;

/// <summary>
/// Rules evaluated in the real twin from real MQTT readings: alarms raised, updated and cleared, the operator
/// lifecycle through the API, and a real webhook receiver that fails once and gets the notification on retry.
/// </summary>
[Collection(SharedPolis.Name)]
public sealed class RuleAlarmTests(PolisFixture fixture)
{
    private readonly PolisApi _api = fixture.Api;

    [Fact]
    public async Task Threshold_ReadingsOverMqtt_RaiseThenClearTheAlarmAndNotifyAWebhookAfterARetry()
    {
        using var hook = WebhookReceiver.Start(failFirst: 1);
        var target = await _api.Http.PostAsJsonAsync("/api/v1/notifications/targets", new { name = "e2e rules hook", url = hook.Url.ToString(), districts = new[] { "e2e-rules" } });
        Assert.Equal(HttpStatusCode.Created, target.StatusCode);
        var token = await _api.CreateDeviceAsync("e2e-rule-aq", "air-quality", district: "e2e-rules");
        await CreateRuleAsync("""
            { "id": "e2e-aq-pm25", "name": "PM2.5 above 35 for 2 s", "target": { "deviceId": "e2e-rule-aq" }, "severity": "major",
              "condition": { "type": "threshold", "key": "pm25", "operator": ">", "value": 35, "forSeconds": 2 },
              "clear": { "condition": { "type": "threshold", "key": "pm25", "operator": "<", "value": 30 } } }
            """);

        using var device = await Devices.ConnectAsync(fixture.Polis, token);
        await PublishAsync(device, """{"pm25": 50}""");
        Assert.Empty(await AlarmsAsync("e2e-rule-aq", "active-unacknowledged")); // the duration has not passed yet

        // No further reading: the twin's timer raises the alarm once the 2 s have passed.
        var raised = (await Eventually.ReturnsAsync(() => AlarmsAsync("e2e-rule-aq", "active-unacknowledged"), a => a.Count == 1, "the duration rule raises an alarm"))[0]!;
        Assert.Equal("e2e-aq-pm25", raised["ruleId"]!.GetValue<string>());
        Assert.Equal("major", raised["severity"]!.GetValue<string>());
        Assert.Equal("e2e-rules", raised["district"]!.GetValue<string>());
        var alarmId = raised["id"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.OK, (await _api.Http.PostAsync(new Uri($"/api/v1/alarms/{alarmId}/ack", UriKind.Relative), null)).StatusCode);
        await PublishAsync(device, """{"pm25": 32}"""); // inside the hysteresis band: still open
        await PublishAsync(device, """{"pm25": 12}""");
        var cleared = await Eventually.ReturnsAsync(() => _api.GetJsonAsync($"/api/v1/alarms/{alarmId}"), a => a["status"]!.GetValue<string>() == "cleared", "a reading below 30 clears the alarm");
        Assert.Equal("rule", cleared["clearedBy"]!.GetValue<string>());
        Assert.NotNull(cleared["acknowledgedAt"]);

        // The receiver refused the first call; the retry (10 s later) and the clear both arrive.
        var changes = await Eventually.ReturnsAsync(
            () => Task.FromResult(hook.Received.Where(b => b["alarm"]!["id"]!.GetValue<string>() == alarmId).Select(b => b["change"]!.GetValue<string>()).ToList()),
            c => c.Contains("raised") && c.Contains("acknowledged") && c.Contains("cleared"), "the webhook receives raised, acknowledged and cleared", 60);
        Assert.Equal(1, hook.Refused);
    }

    [Fact]
    public async Task Inactivity_DeviceFallsSilent_AlarmRaisedByTheTimerAndClearedByTheNextReading()
    {
        var token = await _api.CreateDeviceAsync("e2e-rule-silent", "air-quality");
        await CreateRuleAsync("""
            { "id": "e2e-silent", "name": "No data for 10 s", "target": { "deviceId": "e2e-rule-silent" }, "severity": "minor",
              "condition": { "type": "inactivity", "seconds": 10 } }
            """);
        using var device = await Devices.ConnectAsync(fixture.Polis, token);
        await PublishAsync(device, """{"pm25": 5}""");

        var raised = await Eventually.ReturnsAsync(() => AlarmsAsync("e2e-rule-silent", "active-unacknowledged"), a => a.Count == 1, "silence raises an alarm", 40);
        var details = JsonNode.Parse(raised[0]!["details"]!.ToJsonString())!;
        Assert.Equal("inactivity", details["conditions"]![0]!["type"]!.GetValue<string>());

        await PublishAsync(device, """{"pm25": 6}""");
        await Eventually.ReturnsAsync(() => AlarmsAsync("e2e-rule-silent", "cleared"), a => a.Count == 1, "the next reading clears it");
    }

    [Fact]
    public async Task RuleDeleted_WhileItsAlarmIsOpen_AlarmCleared()
    {
        var token = await _api.CreateDeviceAsync("e2e-rule-deleted", "air-quality");
        await CreateRuleAsync("""
            { "id": "e2e-deleted", "name": "NO2 high", "target": { "deviceId": "e2e-rule-deleted" }, "severity": "warning",
              "condition": { "type": "threshold", "key": "no2", "operator": ">", "value": 100 } }
            """);
        using var device = await Devices.ConnectAsync(fixture.Polis, token);
        await PublishAsync(device, """{"no2": 150}""");
        await Eventually.ReturnsAsync(() => AlarmsAsync("e2e-rule-deleted", "active-unacknowledged"), a => a.Count == 1, "the threshold raises an alarm");

        Assert.Equal(HttpStatusCode.NoContent, (await _api.Http.DeleteAsync(new Uri("/api/v1/rules/e2e-deleted", UriKind.Relative))).StatusCode);
        await Eventually.ReturnsAsync(() => AlarmsAsync("e2e-rule-deleted", "cleared"), a => a.Count == 1, "deleting the rule clears its alarm");
    }

    [Fact]
    public async Task OperatorLifecycle_AssignCommentAcknowledgeClear_HistoryKeptAndANewTriggerOpensANewAlarm()
    {
        var token = await _api.CreateDeviceAsync("e2e-rule-ops", "air-quality", district: "e2e-ops");
        await CreateRuleAsync("""
            { "id": "e2e-ops", "name": "CO high", "target": { "deviceId": "e2e-rule-ops" }, "severity": "critical",
              "condition": { "type": "threshold", "key": "co", "operator": ">=", "value": 9 } }
            """);
        using var device = await Devices.ConnectAsync(fixture.Polis, token);
        await PublishAsync(device, """{"co": 12}""");
        var open = await Eventually.ReturnsAsync(() => AlarmsAsync("e2e-rule-ops", "active-unacknowledged"), a => a.Count == 1, "the alarm opens");
        var id = open[0]!["id"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.OK, (await _api.Http.PutAsJsonAsync($"/api/v1/alarms/{id}/assignee", new { assignee = "crew-7" })).StatusCode);
        Assert.True((await _api.Http.PostAsJsonAsync($"/api/v1/alarms/{id}/comments", new { text = "Crew on the way" })).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _api.Http.PostAsync(new Uri($"/api/v1/alarms/{id}/ack", UriKind.Relative), null)).StatusCode);
        await PublishAsync(device, """{"co": 15}"""); // a repeated trigger updates the same alarm, it opens no second one
        Assert.Equal(HttpStatusCode.OK, (await _api.Http.PostAsync(new Uri($"/api/v1/alarms/{id}/clear", UriKind.Relative), null)).StatusCode);

        var alarm = await _api.GetJsonAsync($"/api/v1/alarms/{id}");
        Assert.Equal(("cleared", "crew-7"), (alarm["status"]!.GetValue<string>(), alarm["assignee"]!.GetValue<string>()));
        var kinds = alarm["history"]!.AsArray().Select(e => e!["kind"]!.GetValue<string>()).ToList();
        Assert.Equal(["raised", "assigned", "comment", "acknowledged", "cleared"], kinds.Where(k => k != "updated").ToList());
        Assert.Contains(alarm["history"]!.AsArray(), e => e!["text"]?.GetValue<string>() == "Crew on the way");
        var summary = await _api.Http.GetStringAsync(new Uri("/api/v1/alarms/summary", UriKind.Relative));
        Assert.DoesNotContain("e2e-ops", summary, StringComparison.Ordinal); // cleared: no longer counted for its district

        // The condition still holds: the next reading opens a new alarm; the cleared one keeps its history.
        await PublishAsync(device, """{"co": 16}""");
        var reopened = await Eventually.ReturnsAsync(() => AlarmsAsync("e2e-rule-ops", "active-unacknowledged"), a => a.Count == 1, "a new alarm opens");
        Assert.NotEqual(id, reopened[0]!["id"]!.GetValue<string>());
    }

    private async Task CreateRuleAsync(string json)
    {
        var response = await _api.Http.PostAsync(new Uri("/api/v1/rules", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private async Task<JsonArray> AlarmsAsync(string deviceId, string status)
    {
        var page = await _api.GetJsonAsync($"/api/v1/alarms?deviceId={deviceId}&status={status}");
        return page["items"]!.AsArray();
    }

    private static async Task PublishAsync(IMqttClient device, string json)
    {
        var result = await device.PublishAsync(new MqttApplicationMessageBuilder().WithTopic("v1/devices/me/telemetry").WithPayload(json).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
        Assert.True(result.IsSuccess, result.ReasonString);
    }
}
