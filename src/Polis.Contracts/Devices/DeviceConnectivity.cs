namespace Polis.Contracts.Devices;

/// <summary>
/// Connectivity of a device. <see cref="Online"/> is derived: some activity (a reading, an attribute
/// report or a connection) within the profile's inactivity timeout.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DeviceConnectivity(
    [property: Id(0)] bool Online,
    [property: Id(1)] bool Connected,
    [property: Id(2)] long? LastActivityAt,
    [property: Id(3)] long? LastConnectAt,
    [property: Id(4)] long? LastDisconnectAt,
    [property: Id(5)] long InactivityTimeoutMs);
