using System.Net;

namespace Polis.Gateway;

/// <summary>Where the MQTT TCP listener actually listens once started (the real port when 0 was configured).</summary>
public sealed class MqttListenerInfo
{
    private volatile IPEndPoint? _endPoint;

    /// <summary>The bound endpoint, or null before the listener started or when it is disabled.</summary>
    public IPEndPoint? EndPoint => _endPoint;

    internal void SetEndPoint(IPEndPoint? endPoint) => _endPoint = endPoint;
}
