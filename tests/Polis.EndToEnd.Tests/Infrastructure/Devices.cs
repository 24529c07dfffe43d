using MQTTnet;
using MQTTnet.Formatter;

namespace Polis.EndToEnd.Tests.Infrastructure;

/// <summary>Real MQTT clients over TCP, the way device firmware connects: username = access token.</summary>
public static class Devices
{
    public static MqttClientOptions Options(PolisProcess polis, string token, MqttProtocolVersion version = MqttProtocolVersion.V500, string? clientId = null) =>
        new MqttClientOptionsBuilder()
            .WithTcpServer("127.0.0.1", polis.MqttPort)
            .WithCredentials(token, string.Empty)
            .WithProtocolVersion(version)
            .WithClientId(clientId ?? "e2e-" + Guid.NewGuid().ToString("N")[..8])
            .WithCleanSession()
            .WithTimeout(TimeSpan.FromSeconds(30))
            .Build();

    public static async Task<IMqttClient> ConnectAsync(PolisProcess polis, string token, MqttProtocolVersion version = MqttProtocolVersion.V500)
    {
        var client = new MqttClientFactory().CreateMqttClient();
        await client.ConnectAsync(Options(polis, token, version));
        return client;
    }

    /// <summary>
    /// The CONNACK result code. MQTTnet 5 either returns a refused result or throws, depending on how the
    /// server ends the connection, so both paths are read.
    /// </summary>
    public static async Task<MqttClientConnectResultCode> TryConnectAsync(MqttClientOptions options)
    {
        using var client = new MqttClientFactory().CreateMqttClient();
        var refusal = new TaskCompletionSource<MqttClientConnectResultCode>(TaskCreationOptions.RunContinuationsAsynchronously);
        client.DisconnectedAsync += e =>
        {
            if (e.ConnectResult is { } result)
            {
                refusal.TrySetResult(result.ResultCode);
            }

            return Task.CompletedTask;
        };
        try
        {
            return (await client.ConnectAsync(options)).ResultCode;
        }
        catch (MQTTnet.Adapter.MqttConnectingFailedException)
        {
            return await refusal.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    public static long Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
}
