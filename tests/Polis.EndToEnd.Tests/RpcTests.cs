using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MQTTnet;
using MQTTnet.Protocol;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests;

/// <summary>Server-side RPC through the real polis process with real MQTT device clients (ThingsBoard semantics).</summary>
[Collection(SharedPolis.Name)]
public sealed class RpcTests(PolisFixture fixture)
{
    private const string RequestFilter = "v1/devices/me/rpc/request/+";
    private readonly PolisApi _api = fixture.Api;

    private Task<HttpResponseMessage> PostAsync(string path, object body) => _api.Http.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);

    private async Task<(IMqttClient Client, ConcurrentQueue<(string Topic, JsonObject Body)> Requests)> ConnectDeviceAsync(string token, bool answer)
    {
        var client = await Devices.ConnectAsync(fixture.Polis, token);
        var requests = new ConcurrentQueue<(string, JsonObject)>();
        client.ApplicationMessageReceivedAsync += async e =>
        {
            var body = JsonNode.Parse(e.ApplicationMessage.ConvertPayloadToString())!.AsObject();
            requests.Enqueue((e.ApplicationMessage.Topic, body));
            if (answer)
            {
                var id = e.ApplicationMessage.Topic.Split('/')[^1];
                await client.PublishStringAsync($"v1/devices/me/rpc/response/{id}", new JsonObject { ["echo"] = body["params"]?.DeepClone(), ["method"] = body["method"]!.GetValue<string>() }.ToJsonString(), MqttQualityOfServiceLevel.AtLeastOnce);
            }
        };
        await client.SubscribeAsync(RequestFilter, MqttQualityOfServiceLevel.AtLeastOnce);
        return (client, requests);
    }

    [Fact]
    public async Task TwoWay_DeviceAnswers_ApiReturnsTheAnswer()
    {
        var token = await _api.CreateDeviceAsync("rpc-echo");
        var (client, requests) = await ConnectDeviceAsync(token, answer: true);
        using var _ = client;

        var response = await PostAsync("/api/v1/devices/rpc-echo/rpc", new { method = "setValve", @params = new { open = true, level = 3 }, timeout = 10_000 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("""{"echo":{"open":true,"level":3},"method":"setValve"}""", answer.ToJsonString());
        var (topic, body) = requests.Single();
        Assert.Matches(@"^v1/devices/me/rpc/request/\d+$", topic);
        Assert.Equal("setValve", body["method"]!.GetValue<string>());

        var second = await PostAsync("/api/v1/devices/rpc-echo/rpc/twoway", new { method = "ping" });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var ids = requests.Select(r => long.Parse(r.Topic.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(ids[1] > ids[0], $"request ids increase: {string.Join(", ", ids)}");
    }

    [Fact]
    public async Task TwoWay_DeviceSilent_504AndTheLateAnswerIsRefused()
    {
        var token = await _api.CreateDeviceAsync("rpc-silent");
        var (client, requests) = await ConnectDeviceAsync(token, answer: false);
        using var _ = client;

        var response = await PostAsync("/api/v1/devices/rpc-silent/rpc", new { method = "slow", timeout = 300 });

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Contains("did not answer", (await PolisApi.ReadProblemAsync(response))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var id = requests.Single().Topic.Split('/')[^1];
        var late = await client.PublishStringAsync($"v1/devices/me/rpc/response/{id}", """{"late":true}""", MqttQualityOfServiceLevel.AtLeastOnce);
        Assert.Equal(MqttClientPublishReasonCode.TopicNameInvalid, late.ReasonCode);
        var unknown = await client.PublishStringAsync("v1/devices/me/rpc/response/123", "{}", MqttQualityOfServiceLevel.AtLeastOnce);
        Assert.Equal(MqttClientPublishReasonCode.TopicNameInvalid, unknown.ReasonCode);
        Assert.True(client.IsConnected);
    }

    [Fact]
    public async Task TwoWay_AnotherDeviceAnswers_RefusedAndTheRightDevicesAnswerWins()
    {
        var tokenA = await _api.CreateDeviceAsync("rpc-owner");
        var tokenB = await _api.CreateDeviceAsync("rpc-intruder");
        var (a, requests) = await ConnectDeviceAsync(tokenA, answer: false);
        using var b = await Devices.ConnectAsync(fixture.Polis, tokenB);
        using var _ = a;

        var call = PostAsync("/api/v1/devices/rpc-owner/rpc", new { method = "open", timeout = 20_000 });
        var (topic, _) = await Eventually.ReturnsAsync(() => Task.FromResult(requests.FirstOrDefault()), r => r.Topic is not null, "the owner receives the request");
        var id = topic.Split('/')[^1];

        var forged = await b.PublishStringAsync($"v1/devices/me/rpc/response/{id}", """{"from":"intruder"}""", MqttQualityOfServiceLevel.AtLeastOnce);
        Assert.Equal(MqttClientPublishReasonCode.TopicNameInvalid, forged.ReasonCode);
        Assert.False(call.IsCompleted);
        var genuine = await a.PublishStringAsync($"v1/devices/me/rpc/response/{id}", """{"from":"owner"}""", MqttQualityOfServiceLevel.AtLeastOnce);
        Assert.Equal(MqttClientPublishReasonCode.Success, genuine.ReasonCode);

        var response = await call;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("owner", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["from"]!.GetValue<string>());
    }

    [Fact]
    public async Task OneWay_Connected_DeliveredAnd200WithoutWaiting()
    {
        var token = await _api.CreateDeviceAsync("rpc-oneway");
        var (client, requests) = await ConnectDeviceAsync(token, answer: false);
        using var _ = client;

        var viaBody = await PostAsync("/api/v1/devices/rpc-oneway/rpc", new { method = "blink", @params = new { times = 2 }, oneway = true });
        var viaRoute = await PostAsync("/api/v1/devices/rpc-oneway/rpc/oneway", new { method = "beep" });

        Assert.Equal(HttpStatusCode.OK, viaBody.StatusCode);
        Assert.Equal(HttpStatusCode.OK, viaRoute.StatusCode);
        await Eventually.ReturnsAsync(() => Task.FromResult(requests.Count), n => n == 2, "both one-way requests arrive");
        Assert.Equal(["blink", "beep"], requests.Select(r => r.Body["method"]!.GetValue<string>()));
        Assert.Equal(2, requests.First().Body["params"]!["times"]!.GetValue<int>());
    }

    [Fact]
    public async Task NonPersistent_DeviceOffline_409()
    {
        await _api.CreateDeviceAsync("rpc-offline");

        var twoWay = await PostAsync("/api/v1/devices/rpc-offline/rpc", new { method = "x", timeout = 5_000 });
        var oneWay = await PostAsync("/api/v1/devices/rpc-offline/rpc/oneway", new { method = "x" });

        Assert.Equal(HttpStatusCode.Conflict, twoWay.StatusCode);
        Assert.Contains("persistent", (await PolisApi.ReadProblemAsync(twoWay))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, oneWay.StatusCode);
    }

    [Fact]
    public async Task Persistent_QueuedWhileOffline_DeliveredOnConnectAndAnswerMakesItSuccessful()
    {
        var token = await _api.CreateDeviceAsync("rpc-persistent");
        var queued = await PostAsync("/api/v1/devices/rpc-persistent/rpc", new { method = "setTarget", @params = new { t = 21 }, persistent = true, ttl = 600_000, timeout = 30_000 });
        Assert.Equal(HttpStatusCode.OK, queued.StatusCode);
        var command = (await queued.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("queued", command["status"]!.GetValue<string>());
        var rpcId = command["rpcId"]!.GetValue<string>();

        var (client, requests) = await ConnectDeviceAsync(token, answer: true);
        using var _ = client;

        var done = await Eventually.ReturnsAsync(() => _api.GetJsonAsync($"/api/v1/rpc/{rpcId}"), c => c["status"]!.GetValue<string>() == "successful", "the command is answered");
        Assert.Equal(21, done["response"]!["echo"]!["t"]!.GetValue<int>());
        var history = done["history"]!.AsArray().Select(h => h!["status"]!.GetValue<string>()).ToList();
        Assert.Equal("queued", history[0]);
        Assert.Equal("sent", history[1]);
        Assert.Equal("successful", history[^1]);
        Assert.Equal($"v1/devices/me/rpc/request/{done["requestId"]}", requests.Single().Topic);

        var listed = await _api.GetJsonAsync("/api/v1/devices/rpc-persistent/rpc?status=successful");
        Assert.Equal(rpcId, listed["items"]!.AsArray().Single()!["rpcId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Persistent_NeverConnected_ExpiresAndCannotBeCancelledAfterwards()
    {
        await _api.CreateDeviceAsync("rpc-expiring");
        var queued = await PostAsync("/api/v1/devices/rpc-expiring/rpc", new { method = "x", persistent = true, ttl = 1_000 });
        var rpcId = (await queued.Content.ReadFromJsonAsync<JsonObject>())!["rpcId"]!.GetValue<string>();

        var expired = await Eventually.ReturnsAsync(() => _api.GetJsonAsync($"/api/v1/rpc/{rpcId}"), c => c["status"]!.GetValue<string>() == "expired", "the command expires");

        Assert.Equal(["queued", "expired"], expired["history"]!.AsArray().Select(h => h!["status"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Conflict, (await _api.Http.DeleteAsync(new Uri($"/api/v1/rpc/{rpcId}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Persistent_CancelledWhileQueued_NeverDelivered()
    {
        var token = await _api.CreateDeviceAsync("rpc-cancel");
        var queued = await PostAsync("/api/v1/devices/rpc-cancel/rpc", new { method = "x", persistent = true });
        var rpcId = (await queued.Content.ReadFromJsonAsync<JsonObject>())!["rpcId"]!.GetValue<string>();

        var cancelled = await _api.Http.DeleteAsync(new Uri($"/api/v1/rpc/{rpcId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("cancelled", (await cancelled.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<string>());

        // A one-way command queued after it is delivered: proof the device was ready when the cancelled one was not sent.
        await PostAsync("/api/v1/devices/rpc-cancel/rpc", new { method = "after", persistent = true, oneway = true });
        var (client, requests) = await ConnectDeviceAsync(token, answer: false);
        using var _ = client;
        await Eventually.ReturnsAsync(() => Task.FromResult(requests.Count), n => n >= 1, "the later command arrives");
        Assert.Equal("after", requests.Single().Body["method"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"params":{}}""", "method")]
    [InlineData("""{"method":"x","timeout":50}""", "timeout")]
    [InlineData("""{"method":"x","timeout":300001}""", "timeout")]
    [InlineData("""{"method":"x","persistent":true,"expirationTime":1}""", "expirationTime")]
    [InlineData("""{"method":"x","ttl":1000}""", "persistent")]
    public async Task BadInput_400WithTheField(string body, string field)
    {
        await _api.CreateDeviceAsync("rpc-bad-" + field + body.Length);

        var response = await _api.Http.PostAsync(new Uri($"/api/v1/devices/rpc-bad-{field}{body.Length}/rpc", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await PolisApi.ReadProblemAsync(response))["errors"]![field]);
    }

    [Fact]
    public async Task UnknownDeviceOrCommand_404()
    {
        var response = await PostAsync("/api/v1/devices/rpc-nobody/rpc", new { method = "x" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Device not found", (await PolisApi.ReadProblemAsync(response))["title"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Http.GetAsync(new Uri($"/api/v1/rpc/{Guid.NewGuid()}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Http.GetAsync(new Uri("/api/v1/devices/rpc-nobody/rpc", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Persistent_QueuedBeforeRestart_DeliveredAfterRestart()
    {
        await using var polis = await PolisProcess.StartAsync();
        string token;
        string rpcId;
        using (var api = await PolisApi.SignInAsync(polis))
        {
            token = await api.CreateDeviceAsync("rpc-restart");
            var queued = await api.Http.PostAsJsonAsync(new Uri("/api/v1/devices/rpc-restart/rpc", UriKind.Relative), new { method = "afterRestart", persistent = true, oneway = true });
            rpcId = (await queued.Content.ReadFromJsonAsync<JsonObject>())!["rpcId"]!.GetValue<string>();
        }

        await polis.StopGracefullyAsync();
        await polis.StartAgainAsync();
        using var again = await PolisApi.SignInAsync(polis);
        using var client = await Devices.ConnectAsync(polis, token);
        var received = new ConcurrentQueue<string>();
        client.ApplicationMessageReceivedAsync += e =>
        {
            received.Enqueue(e.ApplicationMessage.ConvertPayloadToString());
            return Task.CompletedTask;
        };
        await client.SubscribeAsync(RequestFilter, MqttQualityOfServiceLevel.AtLeastOnce);

        var done = await Eventually.ReturnsAsync(() => again.GetJsonAsync($"/api/v1/rpc/{rpcId}"), c => c["status"]!.GetValue<string>() == "successful", "the one-way command is delivered after the restart");
        Assert.Contains("afterRestart", received.Single(), StringComparison.Ordinal);
        Assert.Equal(["queued", "sent", "delivered", "successful"], done["history"]!.AsArray().Select(h => h!["status"]!.GetValue<string>()));
    }
}
