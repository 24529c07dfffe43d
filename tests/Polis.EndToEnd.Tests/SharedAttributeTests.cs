using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MQTTnet;
using MQTTnet.Protocol;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests;

/// <summary>Shared attributes (desired state) pushed to connected devices, and ThingsBoard attribute requests.</summary>
[Collection(SharedPolis.Name)]
public sealed class SharedAttributeTests(PolisFixture fixture)
{
    private readonly PolisApi _api = fixture.Api;

    private async Task<(IMqttClient Client, ConcurrentQueue<(string Topic, string Payload)> Received)> ConnectAsync(string token, string filter)
    {
        var client = await Devices.ConnectAsync(fixture.Polis, token);
        var received = new ConcurrentQueue<(string, string)>();
        client.ApplicationMessageReceivedAsync += e =>
        {
            received.Enqueue((e.ApplicationMessage.Topic, e.ApplicationMessage.ConvertPayloadToString()));
            return Task.CompletedTask;
        };
        await client.SubscribeAsync(filter, MqttQualityOfServiceLevel.AtLeastOnce);
        return (client, received);
    }

    [Fact]
    public async Task SetShared_ConnectedDevice_ChangedKeysPushedAndStored()
    {
        var token = await _api.CreateDeviceAsync("shared-push");
        var (client, received) = await ConnectAsync(token, "v1/devices/me/attributes");
        using var _ = client;

        var set = await _api.Http.PostAsJsonAsync(new Uri("/api/v1/devices/shared-push/attributes/shared", UriKind.Relative), new { targetTemperature = 21.5, mode = "eco" });

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(21.5, (await set.Content.ReadFromJsonAsync<JsonObject>())!["shared"]!["targetTemperature"]!["value"]!.GetValue<double>());
        await Eventually.ReturnsAsync(() => Task.FromResult(received.Count), n => n >= 1, "the shared attributes are pushed");
        var (topic, payload) = received.Single();
        Assert.Equal("v1/devices/me/attributes", topic);
        Assert.Equal("""{"targetTemperature":21.5,"mode":"eco"}""", JsonNode.Parse(payload)!.ToJsonString());

        // Only what changed is pushed: mode stays "eco".
        await _api.Http.PostAsJsonAsync(new Uri("/api/v1/devices/shared-push/attributes/shared", UriKind.Relative), new { targetTemperature = 19, mode = "eco" });
        await Eventually.ReturnsAsync(() => Task.FromResult(received.Count), n => n >= 2, "the change is pushed");
        Assert.Equal("""{"targetTemperature":19}""", JsonNode.Parse(received.Last().Payload)!.ToJsonString());

        var deleted = await _api.Http.DeleteAsync(new Uri("/api/v1/devices/shared-push/attributes/shared?keys=mode", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await Eventually.ReturnsAsync(() => Task.FromResult(received.Count), n => n >= 3, "the deletion is pushed");
        Assert.Equal("""{"deleted":["mode"]}""", JsonNode.Parse(received.Last().Payload)!.ToJsonString());
    }

    [Fact]
    public async Task AttributeRequest_ClientAndSharedKeys_AnsweredOnTheResponseTopic()
    {
        var token = await _api.CreateDeviceAsync("shared-request");
        await _api.Http.PostAsJsonAsync(new Uri("/api/v1/devices/shared-request/attributes/shared", UriKind.Relative), new { schedule = new { on = "07:00" }, target = 20 });
        await _api.Http.PostAsJsonAsync(new Uri("/api/v1/devices/shared-request/attributes/server", UriKind.Relative), new { secret = "operator-only" });
        var (client, received) = await ConnectAsync(token, "v1/devices/me/attributes/response/+");
        using var _ = client;
        var reported = await client.PublishStringAsync("v1/devices/me/attributes", """{"firmware":"1.4.2"}""", MqttQualityOfServiceLevel.AtLeastOnce);
        Assert.Equal(MqttClientPublishReasonCode.Success, reported.ReasonCode);

        var asked = await client.PublishStringAsync("v1/devices/me/attributes/request/7", """{"clientKeys":"firmware","sharedKeys":"schedule,target,secret"}""", MqttQualityOfServiceLevel.AtLeastOnce);

        Assert.Equal(MqttClientPublishReasonCode.Success, asked.ReasonCode);
        await Eventually.ReturnsAsync(() => Task.FromResult(received.Count), n => n >= 1, "the attribute response arrives");
        var (topic, payload) = received.Single();
        Assert.Equal("v1/devices/me/attributes/response/7", topic);
        Assert.Equal("""{"client":{"firmware":"1.4.2"},"shared":{"schedule":{"on":"07:00"},"target":20}}""", JsonNode.Parse(payload)!.ToJsonString());
    }

    [Fact]
    public async Task AttributeRequest_Malformed_RefusedWithPayloadFormatInvalid()
    {
        var token = await _api.CreateDeviceAsync("shared-bad-request");
        using var client = await Devices.ConnectAsync(fixture.Polis, token);

        var asked = await client.PublishStringAsync("v1/devices/me/attributes/request/1", "[1,2]", MqttQualityOfServiceLevel.AtLeastOnce);

        Assert.Equal(MqttClientPublishReasonCode.PayloadFormatInvalid, asked.ReasonCode);
    }

    [Fact]
    public async Task SetShared_BadBodyOrUnknownDevice_400Or404()
    {
        await _api.CreateDeviceAsync("shared-bad");

        var notObject = await _api.Http.PostAsJsonAsync(new Uri("/api/v1/devices/shared-bad/attributes/shared", UriKind.Relative), new[] { 1, 2 });
        var unknown = await _api.Http.PostAsJsonAsync(new Uri("/api/v1/devices/shared-nobody/attributes/shared", UriKind.Relative), new { a = 1 });

        Assert.Equal(HttpStatusCode.BadRequest, notObject.StatusCode);
        Assert.NotNull((await PolisApi.ReadProblemAsync(notObject))["errors"]!["body"]);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
