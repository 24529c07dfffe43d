using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using Polis.Simulator.Behaviour;

namespace Polis.Simulator.Runtime;

/// <summary>
/// One device's own MQTT connection (username = its token: one token, one device). Connects and publishes in
/// the background so the scheduler never waits on the network; at most one publish in flight per device.
/// Building controllers also subscribe to RPC requests and shared attributes and obey them.
/// </summary>
internal sealed class DeviceConnection(DeviceBehaviour behaviour, string token, MqttEndpoint endpoint, SimulationStats stats, ILogger logger)
{
    private const string TelemetryTopic = "v1/devices/me/telemetry";
    private const string RpcRequestPrefix = "v1/devices/me/rpc/request/";
    private const string AttributesTopic = "v1/devices/me/attributes";
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(5);
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private int _busy;
    private TimeSpan _backoff = TimeSpan.FromSeconds(1);
    private bool _attached;

    public DeviceBehaviour Behaviour => behaviour;

    public bool IsConnected => _client.IsConnected;

    /// <summary>A connect, disconnect or publish is under way.</summary>
    public bool IsBusy => Volatile.Read(ref _busy) != 0;

    /// <summary>No reconnect before this (real) time: exponential backoff after failures.</summary>
    public DateTimeOffset RetryAt { get; private set; }

    /// <summary>Called after a command changed the device's state, so it reports at once.</summary>
    public Action? CommandApplied { get; set; }

    public async Task<bool> ConnectAsync(SemaphoreSlim gate, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _busy, 1) != 0)
        {
            return false;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // No keep-alive: every device publishes regularly, and a keep-alive timer per client is what the
            // single scheduler exists to avoid. The broker sees a dead client through TCP instead.
            var options = new MqttClientOptionsBuilder()
                .WithTcpServer(endpoint.Host, endpoint.Port)
                .WithCredentials(token, string.Empty)
                .WithClientId(behaviour.Device.Id)
                .WithProtocolVersion(MqttProtocolVersion.V500)
                .WithCleanSession()
                .WithKeepAlivePeriod(TimeSpan.Zero)
                .WithTimeout(TimeSpan.FromSeconds(30))
                .Build();
            if (!_attached)
            {
                _attached = true;
                _client.DisconnectedAsync += OnDisconnectedAsync;
                if (behaviour.Controller is not null)
                {
                    _client.ApplicationMessageReceivedAsync += OnMessageAsync;
                }
            }

            await _client.ConnectAsync(options, cancellationToken).ConfigureAwait(false);
            if (behaviour.Controller is not null)
            {
                await _client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
                    .WithTopicFilter(RpcRequestPrefix + "+", MqttQualityOfServiceLevel.AtLeastOnce)
                    .WithTopicFilter(AttributesTopic, MqttQualityOfServiceLevel.AtLeastOnce)
                    .Build(), cancellationToken).ConfigureAwait(false);
            }

            stats.OnConnected();
            _backoff = TimeSpan.FromSeconds(1);
            return true;
        }
        catch (Exception ex) when (ex is MQTTnet.Exceptions.MqttCommunicationException or MQTTnet.Adapter.MqttConnectingFailedException or OperationCanceledException or InvalidOperationException or TimeoutException)
        {
            // Jittered so a restarted platform is not hit by every device in the same instant.
            RetryAt = now + (_backoff * (0.75 + (Random.Shared.NextDouble() * 0.5)));
            SimulatorLog.ConnectFailed(logger, behaviour.Device.Id, _backoff, ex.Message);
            _backoff = _backoff * 2 < MaxBackoff ? _backoff * 2 : MaxBackoff;
            return false;
        }
        finally
        {
            gate.Release();
            Volatile.Write(ref _busy, 0);
        }
    }

    /// <summary>Drops the connection (an outage fault); the scheduler reconnects once the outage ends.</summary>
    public async Task DisconnectAsync()
    {
        if (Interlocked.Exchange(ref _busy, 1) != 0)
        {
            return;
        }

        try
        {
            await _client.DisconnectAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is MQTTnet.Exceptions.MqttCommunicationException or InvalidOperationException)
        {
            // Already gone: that is what we wanted.
        }
        finally
        {
            Volatile.Write(ref _busy, 0);
        }
    }

    public async Task PublishAsync(IReadOnlyList<Reading> readings)
    {
        if (Interlocked.Exchange(ref _busy, 1) != 0)
        {
            return;
        }

        try
        {
            var message = new MqttApplicationMessageBuilder()
                .WithTopic(TelemetryTopic)
                .WithPayload(ReadingPayload.Write(readings))
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                .Build();
            var result = await _client.PublishAsync(message).ConfigureAwait(false);
            if (result.IsSuccess)
            {
                behaviour.Acknowledge(readings);
                stats.OnPublished();
            }
            else if (stats.OnRefused() is var count && count <= 20)
            {
                SimulatorLog.Refused(logger, behaviour.Device.Id, $"{result.ReasonCode} {result.ReasonString}", count);
            }
        }
        catch (Exception ex) when (ex is MQTTnet.Exceptions.MqttCommunicationException or OperationCanceledException or InvalidOperationException)
        {
            stats.OnFailed();
        }
        finally
        {
            Volatile.Write(ref _busy, 0);
        }
    }

    private Task OnDisconnectedAsync(MqttClientDisconnectedEventArgs e)
    {
        if (e.ClientWasConnected)
        {
            stats.OnDisconnected();
        }

        return Task.CompletedTask;
    }

    private async Task OnMessageAsync(MqttApplicationMessageReceivedEventArgs e)
    {
        var controller = behaviour.Controller!;
        var topic = e.ApplicationMessage.Topic;
        try
        {
            using var json = JsonDocument.Parse(e.ApplicationMessage.ConvertPayloadToString());
            if (topic.StartsWith(RpcRequestPrefix, StringComparison.Ordinal))
            {
                var root = json.RootElement;
                var method = root.TryGetProperty("method", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : string.Empty;
                var parameters = root.TryGetProperty("params", out var p) ? p : default;
                var answer = controller.HandleRpc(method, parameters);
                await _client.PublishStringAsync("v1/devices/me/rpc/response/" + topic[RpcRequestPrefix.Length..], answer, MqttQualityOfServiceLevel.AtLeastOnce).ConfigureAwait(false);
                stats.OnCommand();
                CommandApplied?.Invoke();
            }
            else if (topic == AttributesTopic)
            {
                // Shared attribute updates arrive bare or, in answer to a request, under "shared".
                var root = json.RootElement;
                var shared = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("shared", out var s) ? s : root;
                if (controller.ApplyAttributes(shared))
                {
                    stats.OnCommand();
                    CommandApplied?.Invoke();
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or MQTTnet.Exceptions.MqttCommunicationException or InvalidOperationException)
        {
            SimulatorLog.CommandFailed(logger, behaviour.Device.Id, ex.Message);
        }
    }
}
