using System.Net;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests;

/// <summary>Each kind of bad device input gets a clear reason, is counted, and never disturbs other devices or accepted data.</summary>
[Collection(SharedPolis.Name)]
public sealed class BadInputTests(PolisFixture fixture)
{
    private readonly PolisApi _api = fixture.Api;

    public static TheoryData<string, string, MqttClientPublishReasonCode, string> Payloads()
    {
        var future = DateTimeOffset.UtcNow.AddDays(2).ToUnixTimeMilliseconds();
        return new()
        {
            { "malformed", "{\"pm25\": 12,", MqttClientPublishReasonCode.PayloadFormatInvalid, "malformed_payload" },
            { "string-for-number", "{\"pm25\":\"high\"}", MqttClientPublishReasonCode.PayloadFormatInvalid, "invalid_value" },
            { "out-of-range", "{\"pm25\":99999}", MqttClientPublishReasonCode.PayloadFormatInvalid, "out_of_range" },
            { "future-ts", $"{{\"ts\":{future},\"values\":{{\"pm25\":10}}}}", MqttClientPublishReasonCode.PayloadFormatInvalid, "invalid_timestamp" },
            { "null-value", "{\"pm25\":null}", MqttClientPublishReasonCode.PayloadFormatInvalid, "invalid_value" },
            { "not-object", "[1,2,3]", MqttClientPublishReasonCode.PayloadFormatInvalid, "malformed_payload" },
        };
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task MqttV5_BadPayload_ReasonCodeCounterAndNothingStored(string name, string payload, MqttClientPublishReasonCode expected, string counter)
    {
        var id = "bad-mqtt-" + name;
        var token = await _api.CreateDeviceAsync(id, "air-quality");
        using var client = await Devices.ConnectAsync(fixture.Polis, token);
        Assert.True((await client.PublishStringAsync("v1/devices/me/telemetry", """{"pm25":5}""", MqttQualityOfServiceLevel.AtLeastOnce)).IsSuccess);

        var result = await client.PublishStringAsync("v1/devices/me/telemetry", payload, MqttQualityOfServiceLevel.AtLeastOnce);

        Assert.Equal(expected, result.ReasonCode);
        Assert.False(string.IsNullOrEmpty(result.ReasonString));
        Assert.True(client.IsConnected);
        var twin = await Eventually.ReturnsAsync(
            async () => (await _api.GetJsonAsync($"/api/v1/devices/{id}"))["twin"]!,
            t => t["rejections"]![counter]?.GetValue<long>() == 1,
            $"the {counter} counter shows the refusal");
        Assert.Equal(5, twin["latest"]!["pm25"]!["value"]!.GetValue<double>());
        Assert.Single(await _api.GetRawAsync(id, "pm25", 0, Devices.Now() + 600_000));
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Http_BadPayload_400ProblemDetails(string name, string payload, MqttClientPublishReasonCode unused, string counter)
    {
        _ = unused;
        _ = counter;
        var token = await _api.CreateDeviceAsync("bad-http-" + name, "air-quality");
        using var anonymous = new HttpClient { BaseAddress = fixture.Polis.BaseAddress };

        var response = await anonymous.PostAsync(new Uri($"/api/v1/{token}/telemetry", UriKind.Relative), new StringContent(payload));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await PolisApi.ReadProblemAsync(response);
        Assert.False(string.IsNullOrEmpty(problem["detail"]?.GetValue<string>()));
    }

    [Fact]
    public async Task MqttV311_BadPayload_DisconnectedOthersUnaffected()
    {
        var badToken = await _api.CreateDeviceAsync("bad-v311", "air-quality");
        var goodToken = await _api.CreateDeviceAsync("good-neighbour", "air-quality");
        using var good = await Devices.ConnectAsync(fixture.Polis, goodToken);
        using var bad = await Devices.ConnectAsync(fixture.Polis, badToken, MqttProtocolVersion.V311);
        var disconnected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bad.DisconnectedAsync += _ =>
        {
            disconnected.TrySetResult();
            return Task.CompletedTask;
        };

        _ = bad.PublishStringAsync("v1/devices/me/telemetry", "not json", MqttQualityOfServiceLevel.AtLeastOnce).ContinueWith(_ => { }, TaskScheduler.Default);

        await disconnected.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True((await good.PublishStringAsync("v1/devices/me/telemetry", """{"pm25":8}""", MqttQualityOfServiceLevel.AtLeastOnce)).IsSuccess);
    }

    [Fact]
    public async Task OversizedPayload_RefusedOverMqttAndHttp()
    {
        var token = await _api.CreateDeviceAsync("oversized", "generic");
        var big = "{\"blob\":\"" + new string('x', 20_000) + "\"}";
        using var anonymous = new HttpClient { BaseAddress = fixture.Polis.BaseAddress };

        var http = await anonymous.PostAsync(new Uri($"/api/v1/{token}/telemetry", UriKind.Relative), new StringContent(big));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, http.StatusCode);
        using var client = await Devices.ConnectAsync(fixture.Polis, token);
        try
        {
            var result = await client.PublishStringAsync("v1/devices/me/telemetry", big, MqttQualityOfServiceLevel.AtLeastOnce);
            Assert.NotEqual(MqttClientPublishReasonCode.Success, result.ReasonCode);
        }
        catch (MQTTnet.Exceptions.MqttCommunicationException)
        {
            // Also a refusal: the broker closes a connection whose packet exceeds the announced maximum.
        }

        var twin = (await _api.GetJsonAsync("/api/v1/devices/oversized"))["twin"]!;
        Assert.Null(twin["latest"]!["blob"]);
    }

    [Fact]
    public async Task Flood_OneDevice_RateLimitedWhileNeighbourIsServed()
    {
        var floodToken = await _api.CreateDeviceAsync("flooder", "generic");
        var calmToken = await _api.CreateDeviceAsync("calm", "generic");
        using var flooder = await Devices.ConnectAsync(fixture.Polis, floodToken);
        using var calm = await Devices.ConnectAsync(fixture.Polis, calmToken);

        var results = new List<MqttClientPublishReasonCode>();
        for (var i = 0; i < 150; i++)
        {
            results.Add((await flooder.PublishStringAsync("v1/devices/me/telemetry", $$"""{"n":{{i}}}""", MqttQualityOfServiceLevel.AtLeastOnce)).ReasonCode);
        }

        Assert.True(results.Count(r => r == MqttClientPublishReasonCode.QuotaExceeded) >= 50, "the flood is throttled once the burst is spent");
        Assert.True((await calm.PublishStringAsync("v1/devices/me/telemetry", """{"n":1}""", MqttQualityOfServiceLevel.AtLeastOnce)).IsSuccess);
        var accepted = results.Count(r => r == MqttClientPublishReasonCode.Success);
        var stored = await _api.GetRawAsync("flooder", "n", 0, Devices.Now() + 600_000);
        Assert.Equal(accepted, stored.Count);
        using var anonymous = new HttpClient { BaseAddress = fixture.Polis.BaseAddress };
        var http = await anonymous.PostAsync(new Uri($"/api/v1/{floodToken}/telemetry", UriKind.Relative), new StringContent("""{"n":-1}"""));
        Assert.Equal(HttpStatusCode.TooManyRequests, http.StatusCode);
        Assert.NotNull(http.Headers.RetryAfter);
    }
}
