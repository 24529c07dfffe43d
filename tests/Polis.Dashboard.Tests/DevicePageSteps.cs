using System.Text.Json.Nodes;
using Microsoft.Playwright;
using MQTTnet;
using MQTTnet.Protocol;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.Dashboard.Tests;

/// <summary>Steps the device page tests share: readings with chosen timestamps, a device that answers commands, the device page's live marker.</summary>
internal static class DevicePageSteps
{
    public const string RpcRequests = "v1/devices/me/rpc/request/+";

    /// <summary>Publishes <c>[{"ts":…,"values":{key:value}}, …]</c> in one message, as firmware uploading a backlog does.</summary>
    public static async Task PublishHistoryAsync(IMqttClient device, string key, IEnumerable<(long Ts, double Value)> readings)
    {
        var array = new JsonArray([.. readings.Select(r => (JsonNode)new JsonObject { ["ts"] = r.Ts, ["values"] = new JsonObject { [key] = r.Value } })]);
        var result = await device.PublishAsync(new MqttApplicationMessageBuilder().WithTopic("v1/devices/me/telemetry").WithPayload(array.ToJsonString())
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());
        Assert.True(result.IsSuccess, result.ReasonString);
    }

    /// <summary>
    /// Subscribes to its RPC requests and answers each on v1/devices/me/rpc/response/{id} with the method and params it
    /// got, as firmware does; also records the shared-attribute pushes it receives.
    /// </summary>
    public static async Task<List<string>> AnswerCommandsAsync(IMqttClient device)
    {
        var attributePushes = new List<string>();
        device.ApplicationMessageReceivedAsync += async e =>
        {
            var topic = e.ApplicationMessage.Topic;
            if (topic == "v1/devices/me/attributes")
            {
                lock (attributePushes)
                {
                    attributePushes.Add(e.ApplicationMessage.ConvertPayloadToString());
                }

                return;
            }

            var request = JsonNode.Parse(e.ApplicationMessage.ConvertPayloadToString())!.AsObject();
            var answer = new JsonObject { ["answeredBy"] = "e2e-firmware", ["method"] = request["method"]!.GetValue<string>(), ["echo"] = request["params"]?.DeepClone() };
            await device.PublishStringAsync($"v1/devices/me/rpc/response/{topic.Split('/')[^1]}", answer.ToJsonString(), MqttQualityOfServiceLevel.AtLeastOnce);
        };
        await device.SubscribeAsync(RpcRequests, MqttQualityOfServiceLevel.AtLeastOnce);
        await device.SubscribeAsync("v1/devices/me/attributes", MqttQualityOfServiceLevel.AtLeastOnce);
        return attributePushes;
    }

    /// <summary>The element by which the device page says its circuit is live.</summary>
    public const string DevicePageLive = "device-updated-at";

    public static long HourFloor(long unixMs) => unixMs / 3_600_000 * 3_600_000;
}
