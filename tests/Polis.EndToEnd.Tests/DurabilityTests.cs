using System.Collections.Concurrent;
using MQTTnet;
using MQTTnet.Protocol;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests;

/// <summary>Nothing acknowledged is lost: SIGKILL mid-stream, graceful SIGTERM, and restarts keep registry, tokens and twins.</summary>
public sealed class DurabilityTests
{
    [Fact]
    public async Task SigKill_DuringQos1Stream_EveryAcknowledgedReadingSurvives()
    {
        await using var polis = await PolisProcess.StartAsync("--Polis:Gateway:MessagesPerSecond", "100000", "--Polis:Gateway:BurstMessages", "100000");
        var tokens = new List<string>();
        using (var api = await PolisApi.SignInAsync(polis))
        {
            for (var d = 0; d < 4; d++)
            {
                tokens.Add(await api.CreateDeviceAsync($"durable-{d}", "generic"));
            }
        }

        // Each message carries 100 readings and each client keeps 16 in flight, so the store, not the MQTT
        // round trip, is the bottleneck: an implementation that acknowledged before the group commit would
        // build a backlog of acknowledged-but-volatile readings that the SIGKILL below would expose.
        var acknowledged = new ConcurrentBag<(string Device, long Seq)>();
        using var enough = new CancellationTokenSource();
        var publishers = tokens.Select((token, d) => Task.Run(() => PublishUntilKilledAsync(polis, token, $"durable-{d}", acknowledged, enough.Token))).ToList();

        await Eventually.ReturnsAsync(() => Task.FromResult(acknowledged.Count), n => n >= 3_000, "thousands of messages are acknowledged", 120);
        await polis.KillAsync();
        await enough.CancelAsync();
        await Task.WhenAll(publishers);

        await polis.StartAgainAsync();
        using var reader = await PolisApi.SignInAsync(polis);
        foreach (var device in acknowledged.GroupBy(a => a.Device))
        {
            foreach (var key in new[] { "k0", "k99" })
            {
                var stored = (await reader.GetRawAsync(device.Key, key, 0, Devices.Now(), 10_000)).Select(p => (long)p.Value).ToHashSet();
                var lost = device.Select(a => a.Seq).Where(seq => !stored.Contains(seq)).ToList();
                Assert.True(lost.Count == 0, $"{device.Key}/{key}: {lost.Count} acknowledged readings lost after SIGKILL, e.g. seq {string.Join(", ", lost.Take(5))}");
            }
        }
    }

    private static async Task PublishUntilKilledAsync(PolisProcess polis, string token, string deviceId, ConcurrentBag<(string Device, long Seq)> acknowledged, CancellationToken stop)
    {
        using var client = await Devices.ConnectAsync(polis, token);
        using var window = new SemaphoreSlim(16);
        var start = Devices.Now() - 3_600_000;
        var inFlight = new List<Task>();
        for (long seq = 0; seq < 10_000 && !stop.IsCancellationRequested && client.IsConnected; seq++)
        {
            await window.WaitAsync(CancellationToken.None);
            var current = seq;
            var values = string.Join(',', Enumerable.Range(0, 100).Select(k => $"\"k{k}\":{current}"));
            inFlight.Add(PublishOneAsync(client, $$$"""{"ts":{{{start + current}}},"values":{{{{values}}}}}""", () => acknowledged.Add((deviceId, current)), window));
        }

        await Task.WhenAll(inFlight);
    }

    private static async Task PublishOneAsync(IMqttClient client, string payload, Action onAcknowledged, SemaphoreSlim window)
    {
        try
        {
            if ((await client.PublishStringAsync("v1/devices/me/telemetry", payload, MqttQualityOfServiceLevel.AtLeastOnce)).IsSuccess)
            {
                onAcknowledged();
            }
        }
        catch (Exception ex) when (ex is MQTTnet.Exceptions.MqttCommunicationException or OperationCanceledException or InvalidOperationException)
        {
            // The process was killed under us: this message was never acknowledged.
        }
        finally
        {
            window.Release();
        }
    }

    [Fact]
    public async Task GracefulStopAndRestart_RegistryTokensTwinsAndHistorySurvive()
    {
        await using var polis = await PolisProcess.StartAsync();
        string token;
        using (var api = await PolisApi.SignInAsync(polis))
        {
            token = await api.CreateDeviceAsync("survivor", "water-meter", "old-town", [12.57, 55.68], ["pilot"]);
            var attributes = await api.Http.PostAsync(new Uri("/api/v1/devices/survivor/attributes/server", UriKind.Relative),
                new StringContent("""{"valve":"open"}""", System.Text.Encoding.UTF8, "application/json"));
            attributes.EnsureSuccessStatusCode();
        }

        using (var client = await Devices.ConnectAsync(polis, token))
        {
            Assert.True((await client.PublishStringAsync("v1/devices/me/telemetry", """{"volume":1234.5,"flow":0.4}""", MqttQualityOfServiceLevel.AtLeastOnce)).IsSuccess);
            Assert.True((await client.PublishStringAsync("v1/devices/me/attributes", """{"firmware":"w-3.2"}""", MqttQualityOfServiceLevel.AtLeastOnce)).IsSuccess);
            // QoS 0 readings are not acknowledged, but a graceful stop still flushes what was received.
            await client.PublishStringAsync("v1/devices/me/telemetry", """{"temperature":9.5}""", MqttQualityOfServiceLevel.AtMostOnce);
        }

        Assert.Equal(0, await polis.StopGracefullyAsync());
        await polis.StartAgainAsync();

        using var after = await PolisApi.SignInAsync(polis);
        var device = await after.GetJsonAsync("/api/v1/devices/survivor");
        Assert.Equal("old-town", device["district"]!.GetValue<string>());
        Assert.Equal(55.68, device["location"]!["coordinates"]![1]!.GetValue<double>());
        var twin = device["twin"]!;
        Assert.Equal(1234.5, twin["latest"]!["volume"]!["value"]!.GetValue<double>());
        Assert.Equal(9.5, twin["latest"]!["temperature"]!["value"]!.GetValue<double>());
        Assert.Equal("w-3.2", twin["clientAttributes"]!["firmware"]!["value"]!.GetValue<string>());
        Assert.Equal("open", twin["serverAttributes"]!["valve"]!["value"]!.GetValue<string>());
        using var again = await Devices.ConnectAsync(polis, token);
        Assert.True((await again.PublishStringAsync("v1/devices/me/telemetry", """{"volume":1235}""", MqttQualityOfServiceLevel.AtLeastOnce)).IsSuccess);
    }
}
