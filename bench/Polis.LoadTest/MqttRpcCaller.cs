using System.Collections.Concurrent;
using System.Globalization;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace Polis.LoadTest;

/// <summary>
/// The transport floor: one MQTT 5 caller connection on a plain broker publishes each request on
/// <c>bench/{device}/rpc/request/{seq}</c> and takes the answer from its subscription to
/// <c>bench/+/rpc/response/+</c>, correlated by seq. No HTTP, no auth, no routing beyond the broker's.
/// </summary>
public sealed class MqttRpcCaller : IRpcCaller
{
    public const string ResponseFilter = "bench/+/rpc/response/+";
    private readonly RpcLoadOptions _options;
    private readonly IMqttClient _client;
    private readonly MqttQualityOfServiceLevel _qos;
    private readonly ConcurrentDictionary<long, TaskCompletionSource<long?>> _pending = new();

    public MqttRpcCaller(RpcLoadOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _qos = options.Qos == 1 ? MqttQualityOfServiceLevel.AtLeastOnce : MqttQualityOfServiceLevel.AtMostOnce;
        _client = new MqttClientFactory().CreateMqttClient();
        _client.ApplicationMessageReceivedAsync += e =>
        {
            var topic = e.ApplicationMessage.Topic;
            if (long.TryParse(topic.AsSpan(topic.LastIndexOf('/') + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
                && _pending.TryRemove(seq, out var waiting))
            {
                waiting.TrySetResult(RpcJson.ReadInt64(e.ApplicationMessage.Payload, "echo"));
            }

            return Task.CompletedTask;
        };
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var connect = new MqttClientOptionsBuilder()
            .WithTcpServer(_options.Host, _options.Port)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithClientId(FormattableString.Invariant($"rpcbench-caller-{Environment.ProcessId}"))
            .WithCleanStart()
            .WithTimeout(TimeSpan.FromSeconds(30))
            .WithKeepAlivePeriod(TimeSpan.FromSeconds(120))
            .Build();
        var result = await _client.ConnectAsync(connect, cancellationToken).ConfigureAwait(false);
        if (result.ResultCode != MqttClientConnectResultCode.Success)
        {
            throw new InvalidOperationException($"caller CONNECT refused: {result.ResultCode} {result.ReasonString}");
        }

        var subscribe = new MqttClientSubscribeOptionsBuilder().WithTopicFilter(ResponseFilter, _qos).Build();
        await _client.SubscribeAsync(subscribe, cancellationToken).ConfigureAwait(false);
    }

    public async Task<RpcCallOutcome> CallAsync(string device, long seq, CancellationToken cancellationToken)
    {
        // Registered before publishing: the answer can arrive before the PUBACK.
        var answer = new TaskCompletionSource<long?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[seq] = answer;
        try
        {
            var request = new MqttApplicationMessageBuilder()
                .WithTopic(string.Create(CultureInfo.InvariantCulture, $"bench/{device}/rpc/request/{seq}"))
                .WithPayload(RpcJson.DeviceRequest(seq))
                .WithQualityOfServiceLevel(_qos)
                .Build();
            var published = await _client.PublishAsync(request, cancellationToken).ConfigureAwait(false);
            if (!published.IsSuccess)
            {
                return new RpcCallOutcome(RpcCallStatus.Failed, $"request PUBACK {published.ReasonCode} {published.ReasonString}");
            }

            var echo = await answer.Task.WaitAsync(_options.CallTimeout, cancellationToken).ConfigureAwait(false);
            return echo == seq ? RpcCallOutcome.Answered : new RpcCallOutcome(RpcCallStatus.Mismatch, $"call {seq} to {device} answered echo {echo}");
        }
        catch (TimeoutException)
        {
            return RpcCallOutcome.TimedOut;
        }
        catch (MQTTnet.Exceptions.MqttCommunicationException ex)
        {
            return new RpcCallOutcome(RpcCallStatus.Failed, $"{ex.GetType().Name}: {ex.Message}");
        }
        finally
        {
            _pending.TryRemove(seq, out _);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _client.DisconnectQuietlyAsync().ConfigureAwait(false);
        _client.Dispose();
    }
}
