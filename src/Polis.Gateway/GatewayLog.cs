using Microsoft.Extensions.Logging;
using Polis.Platform.Ingest;

namespace Polis.Gateway;

/// <summary>Source-generated log messages of the gateway.</summary>
internal static partial class GatewayLog
{
    [LoggerMessage(1, LogLevel.Information, "MQTT listening on tcp://{EndPoint}")]
    public static partial void MqttListening(ILogger logger, System.Net.IPEndPoint endPoint);

    [LoggerMessage(2, LogLevel.Information, "MQTT over TCP is disabled (Polis:Mqtt:Enabled=false)")]
    public static partial void MqttDisabled(ILogger logger);

    [LoggerMessage(3, LogLevel.Warning, "Polis:Mqtt:Port is 0: the MQTT listener took an ephemeral port {Port}; devices cannot guess it")]
    public static partial void EphemeralPort(ILogger logger, int port);

    [LoggerMessage(10, LogLevel.Debug, "MQTT connection refused: unknown access token (client {ClientId}, {Transport})")]
    public static partial void UnknownToken(ILogger logger, string? clientId, string transport);

    [LoggerMessage(11, LogLevel.Warning, "MQTT client id {ClientId} is held by device {Holder}; refused for device {DeviceId}")]
    public static partial void ClientIdInUse(ILogger logger, string clientId, string holder, string deviceId);

    [LoggerMessage(12, LogLevel.Debug, "Device {DeviceId} connected over {Transport} as {ClientId} (session {SessionId})")]
    public static partial void DeviceConnected(ILogger logger, string deviceId, string transport, string clientId, string sessionId);

    [LoggerMessage(13, LogLevel.Debug, "Device {DeviceId} disconnected (session {SessionId})")]
    public static partial void DeviceDisconnected(ILogger logger, string deviceId, string sessionId);

    [LoggerMessage(20, LogLevel.Debug, "Device {DeviceId}: message on {Topic} rejected ({Reason}): {Detail}")]
    public static partial void MessageRejected(ILogger logger, string deviceId, string topic, RejectionReason reason, string? detail);

    [LoggerMessage(21, LogLevel.Debug, "Device {DeviceId}: subscription to {Filter} refused")]
    public static partial void SubscriptionRefused(ILogger logger, string deviceId, string filter);

    [LoggerMessage(22, LogLevel.Debug, "Device {DeviceId}: message on {Topic} has no platform handler yet; acknowledged and dropped")]
    public static partial void MessageIgnored(ILogger logger, string deviceId, string topic);

    [LoggerMessage(23, LogLevel.Debug, "Device {DeviceId}: answer to RPC request {RequestId} refused: no such request is waiting")]
    public static partial void RpcResponseUnmatched(ILogger logger, string deviceId, string requestId);

    [LoggerMessage(24, LogLevel.Debug, "Device {DeviceId}: attribute response {RequestId} not delivered (not subscribed to v1/devices/me/attributes/response/+)")]
    public static partial void AttributesResponseUndelivered(ILogger logger, string deviceId, string requestId);

    [LoggerMessage(34, LogLevel.Warning, "Command traffic of device {DeviceId} on {Topic} failed")]
    public static partial void CommandTrafficFailed(ILogger logger, Exception exception, string deviceId, string topic);

    [LoggerMessage(30, LogLevel.Error, "Device ingest failed; the message is refused as unavailable")]
    public static partial void IngestFailed(ILogger logger, Exception exception);

    [LoggerMessage(31, LogLevel.Error, "Device authentication failed; the connection is refused as unavailable")]
    public static partial void AuthenticationFailed(ILogger logger, Exception exception);

    [LoggerMessage(32, LogLevel.Warning, "Platform connection callback failed for device {DeviceId}")]
    public static partial void ConnectionCallbackFailed(ILogger logger, Exception exception, string deviceId);

    [LoggerMessage(33, LogLevel.Warning, "Recording a transport rejection failed for device {DeviceId}")]
    public static partial void RecordRejectionFailed(ILogger logger, Exception exception, string deviceId);

    [LoggerMessage(40, LogLevel.Debug, "MQTTnet [{Source}] {Message}")]
    public static partial void MqttNetDebug(ILogger logger, string? source, string message, Exception? exception);

    [LoggerMessage(41, LogLevel.Warning, "MQTTnet [{Source}] {Message}")]
    public static partial void MqttNetWarning(ILogger logger, string? source, string message, Exception? exception);

    [LoggerMessage(42, LogLevel.Error, "MQTTnet [{Source}] {Message}")]
    public static partial void MqttNetError(ILogger logger, string? source, string message, Exception? exception);

    [LoggerMessage(43, LogLevel.Warning, "MQTT accepts at most {Effective} connections, not Polis:Mqtt:MaxConnections {Configured}: the process may open {OpenFiles} files and keeps some for itself (raise ulimit -n for more devices)")]
    public static partial void ConnectionsCappedByOpenFiles(ILogger logger, long effective, long configured, long openFiles);
}
