using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace Polis.LoadTest;

/// <summary>
/// One device connection (MQTT 5, clean start) that subscribes to its RPC request filter and answers every request at
/// once on the matching response topic (<c>…/rpc/request/{id}</c> → <c>…/rpc/response/{id}</c>) with
/// <c>{"ok":true,"echo":seq}</c>, seq taken from the request's params.
/// </summary>
public sealed class RpcDevice : IDisposable
{
    private const string RequestSegment = "/rpc/request/";
    private const string ResponseSegment = "/rpc/response/";
    private readonly IMqttClient _client;
    private readonly MqttClientOptions _options;
    private readonly string _requestFilter;
    private readonly MqttQualityOfServiceLevel _qos;
    private long _answered;
    private long _errors;
    private string? _firstError;

    public RpcDevice(RpcLoadOptions options, int index, string username, string requestFilter)
    {
        ArgumentNullException.ThrowIfNull(options);
        _client = new MqttClientFactory().CreateMqttClient();
        _options = new MqttClientOptionsBuilder()
            .WithTcpServer(options.Host, options.Port)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithClientId(FormattableString.Invariant($"rpcbench-{index}-{Environment.ProcessId}"))
            .WithCredentials(username, "")
            .WithCleanStart()
            .WithTimeout(TimeSpan.FromSeconds(30))
            .WithKeepAlivePeriod(TimeSpan.FromSeconds(120))
            .Build();
        _requestFilter = requestFilter;
        _qos = options.Qos == 1 ? MqttQualityOfServiceLevel.AtLeastOnce : MqttQualityOfServiceLevel.AtMostOnce;
        _client.ApplicationMessageReceivedAsync += e =>
        {
            // Answer without awaiting here: the client acknowledges the request after this handler returns.
            _ = AnswerAsync(e.ApplicationMessage);
            return Task.CompletedTask;
        };
    }

    public long Answered => Interlocked.Read(ref _answered);

    public long Errors => Interlocked.Read(ref _errors);

    public string? FirstError => _firstError;

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var result = await _client.ConnectAsync(_options, cancellationToken).ConfigureAwait(false);
        if (result.ResultCode != MqttClientConnectResultCode.Success)
        {
            throw new InvalidOperationException($"CONNECT refused: {result.ResultCode} {result.ReasonString}");
        }

        var subscribe = new MqttClientSubscribeOptionsBuilder().WithTopicFilter(_requestFilter, _qos).Build();
        var granted = await _client.SubscribeAsync(subscribe, cancellationToken).ConfigureAwait(false);
        var code = granted.Items.Single().ResultCode;
        if (code is not (MqttClientSubscribeResultCode.GrantedQoS0 or MqttClientSubscribeResultCode.GrantedQoS1 or MqttClientSubscribeResultCode.GrantedQoS2))
        {
            throw new InvalidOperationException($"SUBSCRIBE {_requestFilter} refused: {code}");
        }
    }

    private async Task AnswerAsync(MqttApplicationMessage request)
    {
        try
        {
            var topic = request.Topic;
            var at = topic.IndexOf(RequestSegment, StringComparison.Ordinal);
            if (at < 0 || RpcJson.ReadInt64(request.Payload, "seq") is not { } seq)
            {
                Fail($"unexpected message on {topic}");
                return;
            }

            var answer = new MqttApplicationMessageBuilder()
                .WithTopic(string.Concat(topic.AsSpan(0, at), ResponseSegment, topic.AsSpan(at + RequestSegment.Length)))
                .WithPayload(RpcJson.Answer(seq))
                .WithQualityOfServiceLevel(_qos)
                .Build();
            var result = await _client.PublishAsync(answer).ConfigureAwait(false);
            if (result.IsSuccess)
            {
                Interlocked.Increment(ref _answered);
            }
            else
            {
                Fail($"answer PUBACK {result.ReasonCode} {result.ReasonString}");
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Fail($"{ex.GetType().Name}: {ex.Message}");
        }
    }

    public Task DisconnectAsync() => _client.DisconnectQuietlyAsync();

    public void Dispose() => _client.Dispose();

    private void Fail(string error)
    {
        Interlocked.Increment(ref _errors);
        Interlocked.CompareExchange(ref _firstError, error, null);
    }
}
