using Microsoft.Extensions.Logging;
using MQTTnet.Diagnostics.Logger;

namespace Polis.Gateway.Mqtt;

/// <summary>Routes MQTTnet's own log into ILogger (category Polis.Gateway.Mqtt.MqttNetLogBridge).</summary>
internal sealed class MqttNetLogBridge(ILogger<MqttNetLogBridge> logger) : IMqttNetLogger
{
    public bool IsEnabled => logger.IsEnabled(LogLevel.Debug) || logger.IsEnabled(LogLevel.Warning);

    public void Publish(MqttNetLogLevel logLevel, string source, string message, object[] parameters, Exception exception)
    {
        var level = logLevel switch
        {
            // A device that drops its connection (power loss, network, a restart) is the device's business, not a
            // server error: at city scale it would flood the log with a stack trace per device.
            _ when IsPeerGone(exception) => LogLevel.Debug,
            MqttNetLogLevel.Error => LogLevel.Error,
            MqttNetLogLevel.Warning => LogLevel.Warning,
            _ => LogLevel.Debug,
        };
        if (!logger.IsEnabled(level))
        {
            return;
        }

        var text = parameters is { Length: > 0 } ? string.Format(System.Globalization.CultureInfo.InvariantCulture, message, parameters) : message;
        switch (level)
        {
            case LogLevel.Error:
                GatewayLog.MqttNetError(logger, source, text, exception);
                break;
            case LogLevel.Warning:
                GatewayLog.MqttNetWarning(logger, source, text, exception);
                break;
            default:
                GatewayLog.MqttNetDebug(logger, source, text, exception);
                break;
        }
    }

    private static bool IsPeerGone(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is Microsoft.AspNetCore.Connections.ConnectionResetException
                or System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionReset or System.Net.Sockets.SocketError.ConnectionAborted })
            {
                return true;
            }
        }

        return false;
    }
}
