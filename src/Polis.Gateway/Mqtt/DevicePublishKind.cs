namespace Polis.Gateway.Mqtt;

/// <summary>What a device publish is, by topic (ThingsBoard device API).</summary>
internal enum DevicePublishKind
{
    NotAllowed,
    Telemetry,
    Attributes,
    AttributesRequest,
    RpcResponse,
    RpcRequest,
}
