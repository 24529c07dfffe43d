using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using Polis.Platform.Ingest;

namespace Polis.Gateway.Tests;

/// <summary>
/// The read-ahead: a connection's later messages start their ingest while an earlier one is still pending,
/// yet every PUBACK follows its own ingest, in order.
/// </summary>
public sealed class MqttPipeliningTests : IAsyncLifetime
{
    private const string Telemetry = "v1/devices/me/telemetry";
    private const int Window = 3;

    private readonly HeldIngest _held = new();
    private GatewayHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await GatewayHost.StartAsync(new Dictionary<string, string?> { ["Polis:Mqtt:PublishWindow"] = Window.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        _host.Ingest.Behavior = _held.Behavior;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task PublishBurst_FirstIngestHeld_LaterIngestsStartAndPubAcksFollowInOrder(MqttProtocolVersion version)
    {
        var (client, wire) = await ConnectWatchedAsync(version);
        var publishes = Payloads(Window).Select(p => PublishAsync(client, p)).ToList();

        await Wait.UntilAsync(() => _held.Started.Count == Window, "every message of the window starts its ingest");
        foreach (var payload in _held.Started.Skip(1).Reverse())
        {
            _held.Release(payload); // the later ones complete first…
        }

        Assert.Empty(wire.Acked); // …but none is acknowledged ahead of the first
        Assert.All(publishes, p => Assert.False(p.IsCompleted));

        _held.Release(_held.Started[0]);
        var results = await Wait.ForAsync(Task.WhenAll(publishes));

        Assert.All(results, r => Assert.Equal(MqttClientPublishReasonCode.Success, r.ReasonCode));
        Assert.Equal(wire.Published, wire.Acked); // PUBACKs in PUBLISH order
        Assert.Equal(Window, _held.MaxPending);
    }

    [Fact]
    public async Task PublishBurst_MoreThanWindow_NeverMoreIngestsPendingThanWindow()
    {
        const int count = 8;
        var (client, wire) = await ConnectWatchedAsync(MqttProtocolVersion.V500);
        var publishes = Payloads(count).Select(p => PublishAsync(client, p)).ToList();

        for (var i = 0; i < count; i++)
        {
            var expected = Math.Min(i + Window, count);
            await Wait.UntilAsync(() => _held.Started.Count >= expected, $"{expected} ingests have started");
            Assert.True(_held.Started.Count <= i + Window, $"{_held.Started.Count} started with {i} released");
            _held.Release(_held.Started[i]);
        }

        await Wait.ForAsync(Task.WhenAll(publishes));
        Assert.Equal(Window, _held.MaxPending);
        Assert.Equal(wire.Published, wire.Acked);
    }

    [Fact]
    public async Task PublishBurstV5_MiddleMessageRejected_OwnReasonCodeWhileNeighboursSucceed()
    {
        var client = await _host.ConnectAsync(FakeDevices.TokenA);
        var payloads = Payloads(Window);
        _held.Immediate[payloads[1]] = IngestResult.Reject(RejectionReason.OutOfRange, "too hot");
        var publishes = payloads.Select(p => PublishAsync(client, p)).ToList();

        await Wait.UntilAsync(() => _held.Started.Count == Window, "the whole burst starts its ingests");
        _held.Release(payloads[2]);
        _held.Release(payloads[0]);
        var results = await Wait.ForAsync(Task.WhenAll(publishes));

        Assert.Equal(MqttClientPublishReasonCode.Success, results[0].ReasonCode);
        Assert.Equal(MqttClientPublishReasonCode.PayloadFormatInvalid, results[1].ReasonCode);
        Assert.Equal("too hot", results[1].ReasonString);
        Assert.Equal(MqttClientPublishReasonCode.Success, results[2].ReasonCode);
        Assert.True(client.IsConnected);
    }

    [Fact]
    public async Task PublishBurstV311_MiddleMessageRejected_EarlierAckedNothingBehindItIngested()
    {
        var (client, wire) = await ConnectWatchedAsync(MqttProtocolVersion.V311);
        var payloads = Payloads(5);
        _held.Immediate[payloads[1]] = IngestResult.Reject(RejectionReason.MalformedPayload, "not json");
        var publishes = payloads.Select(p => PublishAsync(client, p)).ToList();

        await Wait.UntilAsync(() => _held.Started.Count == 2, "the first message and the refused one start");
        _held.Release(payloads[0]);

        Assert.Equal(MqttClientPublishReasonCode.Success, (await Wait.ForAsync(publishes[0])).ReasonCode);
        foreach (var refused in publishes.Skip(1))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => Wait.ForAsync(refused)); // 3.1.1: closed, no PUBACK
        }

        Assert.Equal(wire.Published.Take(1), wire.Acked);
        Assert.Equal(payloads.Take(2), _host.Ingest.Messages.Select(m => m.Payload)); // nothing started behind the refusal
    }

    [Fact]
    public async Task ConnectionDropped_IngestsPendingWindowNotFull_SessionEndsBeforeIngestsComplete()
    {
        var (client, wire) = await ConnectWatchedAsync(MqttProtocolVersion.V500);
        var payloads = Payloads(Window - 1);
        _ = payloads.Select(p => PublishAsync(client, p)).ToList();
        await Wait.UntilAsync(() => _held.Started.Count == payloads.Count, "the burst starts its ingests");

        client.Dispose(); // the socket goes away without DISCONNECT; the read-ahead, not at its bound, sees it

        await Wait.UntilAsync(() => _host.Ingest.Disconnected.Count == 1, "the session ends without waiting for the ingests");
        Assert.All(payloads, p => Assert.False(_held.IsReleased(p)));
        foreach (var payload in payloads)
        {
            _held.Release(payload); // they may still complete (durable, never acknowledged)
        }

        Assert.Empty(wire.Acked);
        await AssertBrokerServesAsync();
    }

    [Fact]
    public async Task ConnectionDropped_WindowFullOfPendingIngests_SessionEndsOnceTheyCompleteNothingAcked()
    {
        var (client, wire) = await ConnectWatchedAsync(MqttProtocolVersion.V500);
        var payloads = Payloads(Window);
        _ = payloads.Select(p => PublishAsync(client, p)).ToList();
        await Wait.UntilAsync(() => _held.Started.Count == Window, "the burst starts its ingests");

        client.Dispose();
        foreach (var payload in payloads)
        {
            _held.Release(payload);
        }

        await Wait.UntilAsync(() => _host.Ingest.Disconnected.Count == 1, "the session ends");
        Assert.Empty(wire.Acked);
        await AssertBrokerServesAsync();
    }

    [Fact]
    public async Task PublishBurstQos0_FirstIngestHeld_LaterOnesStartAndAllReachIngestInOrder()
    {
        var client = await _host.ConnectAsync(FakeDevices.TokenA, MqttProtocolVersion.V311);
        var payloads = Payloads(Window);
        foreach (var payload in payloads)
        {
            await client.PublishStringAsync(Telemetry, payload, MqttQualityOfServiceLevel.AtMostOnce);
        }

        await Wait.UntilAsync(() => _held.Started.Count == Window, "every QoS 0 message starts while the first is held");
        foreach (var payload in payloads)
        {
            _held.Release(payload);
        }

        Assert.Equal(payloads, _held.Started);
        await client.PublishStringAsync(Telemetry, """{"after":1}""", MqttQualityOfServiceLevel.AtMostOnce);
        await Wait.UntilAsync(() => _held.Started.Count == Window + 1, "the connection keeps serving");
    }

    [Fact]
    public async Task ConnectV5_ConnAck_AnnouncesWindowAsReceiveMaximum()
    {
        var client = _host.NewClient();

        var result = await client.ConnectAsync(_host.Options(FakeDevices.TokenA, MqttProtocolVersion.V500).Build());

        Assert.Equal((ushort)Window, result.ReceiveMaximum);
    }

    private static List<string> Payloads(int count) => [.. Enumerable.Range(1, count).Select(i => $$"""{"seq":{{i}}}""")];

    private async Task AssertBrokerServesAsync()
    {
        _host.Ingest.Behavior = (_, _) => Task.FromResult(IngestResult.Ok(1));
        var other = await _host.ConnectAsync(FakeDevices.TokenB);
        Assert.True((await other.PublishStringAsync(Telemetry, """{"after":1}""", MqttQualityOfServiceLevel.AtLeastOnce)).IsSuccess);
    }

    // The packet inspector must be in place before CONNECT.
    private async Task<(IMqttClient Client, WireOrder Wire)> ConnectWatchedAsync(MqttProtocolVersion version)
    {
        var client = _host.NewClient();
        var wire = new WireOrder(client);
        await client.ConnectAsync(_host.Options(FakeDevices.TokenA, version).Build());
        return (client, wire);
    }

    private static Task<MqttClientPublishResult> PublishAsync(IMqttClient client, string payload) =>
        client.PublishStringAsync(Telemetry, payload, MqttQualityOfServiceLevel.AtLeastOnce);
}
