using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MQTTnet.AspNetCore;
using MQTTnet.Server;
using Polis.Gateway.Http;
using Polis.Gateway.Mqtt;
using Polis.Gateway.Sessions;
using Polis.Platform.Commands;
using Polis.Platform.Ingest;

namespace Polis.Gateway;

/// <summary>Host entry points of the device gateway: MQTT broker (TCP + WebSocket) and the HTTP device API.</summary>
public static class GatewayHostingExtensions
{
    /// <summary>Path of MQTT over WebSockets on the HTTP endpoints.</summary>
    public const string WebSocketPath = "/mqtt";

    /// <summary>
    /// Registers the gateway. Needs an <see cref="IDeviceAuthenticator"/>, an <see cref="IDeviceIngest"/> and an
    /// <see cref="IDeviceCommandHandler"/> (singletons) from the platform; provides <see cref="IDeviceSessions"/>
    /// and the single-node <see cref="ICommandRouter"/>.
    /// </summary>
    public static WebApplicationBuilder AddPolisGateway(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<MqttOptions>().BindConfiguration(MqttOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<GatewayOptions>().BindConfiguration(GatewayOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddMetrics();
        services.AddConnections();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<GatewayMetrics>();
        services.AddSingleton<MqttListenerInfo>();
        services.AddSingleton<TransportRejections>();
        services.AddSingleton<GatewayServerAdapter>();
        services.AddSingleton<MqttNetLogBridge>();
        services.AddSingleton(sp => new MqttServer(
            MqttBroker.ServerOptions(sp.GetRequiredService<IOptions<MqttOptions>>().Value),
            [sp.GetRequiredService<GatewayServerAdapter>()],
            sp.GetRequiredService<MqttNetLogBridge>()));
        services.AddSingleton<DeviceSessionRegistry>();
        services.AddSingleton<IDeviceSessions>(sp => sp.GetRequiredService<DeviceSessionRegistry>());
        services.TryAddSingleton<ICommandRouter, GatewayCommandRouter>();
        services.AddSingleton<MqttCommandTraffic>();
        services.AddSingleton<MqttConnectionEvents>();
        services.AddSingleton<MqttPublishHandler>();
        services.AddSingleton<MqttTcpListener>();
        services.AddSingleton<DeviceApiServices>();
        services.AddHostedService<MqttBroker>();
        return builder;
    }

    /// <summary>Maps MQTT over WebSockets at <see cref="WebSocketPath"/> and the HTTP device API.</summary>
    public static WebApplication MapPolisGateway(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var mqtt = app.Services.GetRequiredService<IOptions<MqttOptions>>().Value;
        if (mqtt.Enabled && mqtt.WebSocketEnabled)
        {
            app.MapConnectionHandler<MqttWebSocketConnectionHandler>(WebSocketPath, o =>
            {
                o.Transports = HttpTransportType.WebSockets; // no long polling / SSE fallbacks for MQTT
                o.WebSockets.SubProtocolSelector = MqttSubProtocolSelector.SelectSubProtocol;
            }).AllowAnonymous(); // the device token is checked at CONNECT
        }

        app.MapDeviceHttpApiEndpoints();
        return app;
    }
}
