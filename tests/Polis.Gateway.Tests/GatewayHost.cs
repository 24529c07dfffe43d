using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MQTTnet;
using MQTTnet.Formatter;
using Polis.Platform.Commands;
using Polis.Platform.Ingest;

namespace Polis.Gateway.Tests;

/// <summary>A real Kestrel host with the gateway on free loopback ports, and helpers for real MQTT clients.</summary>
internal sealed class GatewayHost : IAsyncDisposable
{
    public const int MaxPayloadBytes = 4096;

    private readonly WebApplication _app;
    private readonly List<IMqttClient> _clients = [];

    private GatewayHost(WebApplication app, RecordingIngest ingest, RecordingCommands commands)
    {
        _app = app;
        Ingest = ingest;
        Commands = commands;
    }

    public RecordingIngest Ingest { get; }

    public RecordingCommands Commands { get; }

    public ICommandRouter Router => _app.Services.GetRequiredService<ICommandRouter>();

    public int MqttPort => _app.Services.GetRequiredService<MqttListenerInfo>().EndPoint!.Port;

    public Uri HttpAddress => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public IDeviceSessions Sessions => _app.Services.GetRequiredService<IDeviceSessions>();

    public static async Task<GatewayHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Polis:Mqtt:Port"] = "0",
            ["Polis:Mqtt:ListenAddress"] = "127.0.0.1",
            ["Polis:Mqtt:PacketOverheadBytes"] = "1024",
            ["Polis:Gateway:MaxPayloadBytes"] = MaxPayloadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        var ingest = new RecordingIngest();
        var commands = new RecordingCommands();
        builder.Services.AddSingleton<IDeviceAuthenticator, FakeDevices>();
        builder.Services.AddSingleton<IDeviceIngest>(ingest);
        builder.Services.AddSingleton<IDeviceCommandHandler>(commands);
        builder.AddPolisGateway();
        var app = builder.Build();
        app.MapPolisGateway();
        await app.StartAsync();
        return new GatewayHost(app, ingest, commands);
    }

    public MqttClientOptionsBuilder Options(string? token, MqttProtocolVersion version, string? clientId = null)
    {
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer("127.0.0.1", MqttPort)
            .WithProtocolVersion(version)
            .WithTimeout(TimeSpan.FromSeconds(10))
            .WithClientId(clientId ?? Guid.NewGuid().ToString("N"));
        return token is null ? options : options.WithCredentials(token, "");
    }

    public async Task<IMqttClient> ConnectAsync(string token, MqttProtocolVersion version = MqttProtocolVersion.V500, string? clientId = null)
    {
        var client = NewClient();
        await client.ConnectAsync(Options(token, version, clientId).Build());
        return client;
    }

    public async Task<MqttClientConnectResultCode> TryConnectAsync(MqttClientOptions options)
    {
        var client = NewClient();
        MqttClientConnectResult? refused = null;
        client.DisconnectedAsync += e =>
        {
            refused ??= e.ConnectResult;
            return Task.CompletedTask;
        };
        try
        {
            return (await client.ConnectAsync(options)).ResultCode;
        }
        catch (MQTTnet.Adapter.MqttConnectingFailedException)
        {
            await Wait.UntilAsync(() => refused is not null, "the refusal is reported");
            return refused!.ResultCode;
        }
    }

    public IMqttClient NewClient()
    {
        var client = new MqttClientFactory().CreateMqttClient();
        _clients.Add(client);
        return client;
    }

    public HttpClient Http() => new() { BaseAddress = HttpAddress };

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
