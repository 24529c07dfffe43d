using System.Diagnostics;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace Polis.LoadTest;

/// <summary>
/// One MQTT connection sending its share of messages with up to W publishes in flight (W workers
/// over one connection; MQTTnet matches each PUBACK to its packet identifier).
/// </summary>
public sealed class LoadClient : IDisposable
{
    private readonly IMqttClient _client;
    private readonly MqttClientOptions _options;
    private readonly int _messages;
    private long _next = -1;
    private long _acked;
    private long _errors;
    private string? _firstError;

    public LoadClient(LoadOptions options, int index, string username)
    {
        ArgumentNullException.ThrowIfNull(options);
        _client = new MqttClientFactory().CreateMqttClient();
        _options = new MqttClientOptionsBuilder()
            .WithTcpServer(options.Host, options.Port)
            .WithProtocolVersion(options.ProtocolVersion == 500 ? MqttProtocolVersion.V500 : MqttProtocolVersion.V311)
            .WithClientId(FormattableString.Invariant($"loadtest-{index}-{Environment.ProcessId}"))
            .WithCredentials(username, "")
            .WithCleanSession()
            .WithTimeout(TimeSpan.FromSeconds(60))
            .WithKeepAlivePeriod(TimeSpan.FromSeconds(60))
            .Build();
        _messages = options.Messages;
        Latencies = new long[options.Messages];
    }

    /// <summary>Publish-to-PUBACK time of each message in Stopwatch ticks; -1 where none arrived.</summary>
    public long[] Latencies { get; }

    public long Acked => Interlocked.Read(ref _acked);

    public long Errors => Interlocked.Read(ref _errors);

    public string? FirstError => _firstError;

    public long Sent { get; private set; }

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var result = await _client.ConnectAsync(_options, cancellationToken).ConfigureAwait(false);
        if (result.ResultCode != MqttClientConnectResultCode.Success)
        {
            throw new InvalidOperationException($"CONNECT refused: {result.ResultCode} {result.ReasonString}");
        }
    }

    public async Task RunAsync(int inFlight, MqttQualityOfServiceLevel qos, string topic, byte[][] payloads, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payloads);
        Array.Fill(Latencies, -1);
        var workers = new Task[Math.Min(inFlight, _messages)];
        for (var w = 0; w < workers.Length; w++)
        {
            workers[w] = WorkAsync(qos, topic, payloads, cancellationToken);
        }

        await Task.WhenAll(workers).ConfigureAwait(false);
        Sent = Math.Min(Interlocked.Read(ref _next) + 1, _messages);
    }

    private async Task WorkAsync(MqttQualityOfServiceLevel qos, string topic, byte[][] payloads, CancellationToken cancellationToken)
    {
        await Task.Yield();
        long n;
        while ((n = Interlocked.Increment(ref _next)) < _messages && !cancellationToken.IsCancellationRequested)
        {
            var message = new MqttApplicationMessageBuilder()
                .WithTopic(topic)
                .WithPayload(payloads[n])
                .WithQualityOfServiceLevel(qos)
                .Build();
            var started = Stopwatch.GetTimestamp();
            try
            {
                var result = await _client.PublishAsync(message, cancellationToken).ConfigureAwait(false);
                if (qos == MqttQualityOfServiceLevel.AtMostOnce || result.IsSuccess)
                {
                    Latencies[n] = Stopwatch.GetTimestamp() - started;
                    Interlocked.Increment(ref _acked);
                }
                else
                {
                    Fail($"PUBACK {result.ReasonCode} {result.ReasonString}");
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    return;
                }

                Fail($"{ex.GetType().Name}: {ex.Message}");
                if (!_client.IsConnected)
                {
                    return; // the broker closed the connection (MQTT 3.1.1 refusal): stop this client
                }
            }
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
