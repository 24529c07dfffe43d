using System.Net;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Polis.Gateway.Mqtt;

/// <summary>
/// MQTT over TCP on its own Kestrel server instance. Calling Listen* on the host's Kestrel would make it ignore
/// --urls / ASPNETCORE_URLS, so the MQTT port gets a second KestrelServer on the same socket transport: the HTTP
/// endpoints stay exactly as configured, and MQTT still runs on Kestrel's pipes (MQTTnet's faster transport).
/// </summary>
internal sealed class MqttTcpListener(
    IServiceProvider services,
    IEnumerable<IConnectionListenerFactory> transports,
    GatewayServerAdapter adapter,
    IOptions<MqttOptions> options,
    MqttListenerInfo info,
    ILoggerFactory loggerFactory) : IAsyncDisposable
{
    public const string Transport = "tcp";

    private readonly ILogger _logger = loggerFactory.CreateLogger<MqttTcpListener>();
    private KestrelServer? _server;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var address = string.IsNullOrWhiteSpace(settings.ListenAddress) ? null : IPAddress.Parse(settings.ListenAddress);
        var kestrel = new KestrelServerOptions { ApplicationServices = services, AddServerHeader = false };
        var openFiles = ConnectionBudget.ReadOpenFileLimit();
        var maxConnections = ConnectionBudget.Effective(settings.MaxConnections, openFiles);
        if (maxConnections < settings.MaxConnections)
        {
            GatewayLog.ConnectionsCappedByOpenFiles(_logger, maxConnections, settings.MaxConnections, openFiles ?? 0);
        }

        kestrel.Limits.MaxConcurrentConnections = maxConnections;
        ListenOptions? listen = null;
        void Configure(ListenOptions l)
        {
            listen = l;
            l.Run(connection => adapter.HandleConnectionAsync(connection, Transport));
        }

        if (address is null)
        {
            kestrel.ListenAnyIP(settings.Port, Configure);
        }
        else
        {
            kestrel.Listen(address, settings.Port, Configure);
        }

        var transport = transports.FirstOrDefault(t => t is not IConnectionListenerFactorySelector s || s.CanBind(new IPEndPoint(IPAddress.Loopback, 0)))
            ?? throw new InvalidOperationException("No Kestrel socket transport is registered.");
        _server = new KestrelServer(Options.Create(kestrel), transport, loggerFactory);
        await _server.StartAsync(new NoHttpApplication(), cancellationToken).ConfigureAwait(false);

        var bound = listen?.IPEndPoint;
        info.SetEndPoint(bound);
        if (bound is not null)
        {
            GatewayLog.MqttListening(_logger, bound);
            if (settings.Port == 0)
            {
                GatewayLog.EphemeralPort(_logger, bound.Port);
            }
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is not null)
        {
            await _server.StopAsync(cancellationToken).ConfigureAwait(false);
        }

        info.SetEndPoint(null);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            _server.Dispose();
            _server = null;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    // The listener's connection pipeline ends in MQTT (ListenOptions.Run); Kestrel never reaches HTTP.
    private sealed class NoHttpApplication : IHttpApplication<object>
    {
        public object CreateContext(IFeatureCollection contextFeatures) => throw new NotSupportedException();

        public Task ProcessRequestAsync(object context) => throw new NotSupportedException();

        public void DisposeContext(object context, Exception? exception)
        {
        }
    }
}
