using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using MQTTnet;
using MQTTnet.Protocol;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests;

/// <summary>Rules and their timers survive restarts: a device that never reports again still gets its inactivity alarm.</summary>
public sealed class RuleDurabilityTests
{
    [Fact]
    public async Task Inactivity_ProcessRestartedWhileTheDeviceIsSilent_ReminderRaisesTheAlarmWithoutANewReading()
    {
        await using var polis = await PolisProcess.StartAsync("--Polis:Rules:ReminderPeriod", "00:00:02");
        using (var api = await PolisApi.SignInAsync(polis))
        {
            var token = await api.CreateDeviceAsync("restart-silent", "air-quality");
            var rule = """
                { "id": "restart-silent", "name": "No data for 10 s", "target": { "profileId": "air-quality" }, "severity": "critical",
                  "condition": { "type": "inactivity", "seconds": 10 } }
                """;
            var created = await api.Http.PostAsync(new Uri("/api/v1/rules", UriKind.Relative), new StringContent(rule, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);

            using var device = await Devices.ConnectAsync(polis, token);
            var ack = await device.PublishAsync(new MqttApplicationMessageBuilder().WithTopic("v1/devices/me/telemetry").WithPayload("""{"pm25": 3}""").WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
            Assert.True(ack.IsSuccess);
        }

        Assert.Equal(0, await polis.StopGracefullyAsync());
        await polis.StartAgainAsync();

        // Nothing touches the device after the restart: only the durable reminder can wake its twin.
        using var reader = await PolisApi.SignInAsync(polis);
        var alarms = await Eventually.ReturnsAsync(
            async () => (await reader.GetJsonAsync("/api/v1/alarms?deviceId=restart-silent&status=active-unacknowledged"))["items"]!.AsArray(),
            a => a.Count == 1, "the inactivity alarm is raised after the restart", 60);
        Assert.Equal("critical", alarms[0]!["severity"]!.GetValue<string>());
        Assert.Equal("restart-silent", alarms[0]!["ruleId"]!.GetValue<string>());
    }
}
