using Polis.Contracts.Telemetry;

namespace Polis.Contracts.Devices;

/// <summary>The live state of one device as its grain holds it.</summary>
[GenerateSerializer, Immutable]
public sealed record DeviceTwin(
    [property: Id(0)] string DeviceId,
    [property: Id(1)] IReadOnlyDictionary<string, TelemetryPoint> Latest,
    [property: Id(2)] IReadOnlyDictionary<string, AttributeValue> ClientAttributes,
    [property: Id(3)] IReadOnlyDictionary<string, AttributeValue> ServerAttributes,
    [property: Id(4)] DeviceConnectivity Connectivity,
    [property: Id(5)] IReadOnlyDictionary<string, long> Rejections,
    [property: Id(6)] IReadOnlyDictionary<string, AttributeValue> SharedAttributes);
