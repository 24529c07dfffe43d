using System.Text.Json.Nodes;
using Polis.Contracts.Devices;

namespace Polis.Platform.Devices.Api;

/// <summary>The twin as JSON: latest value per key, attributes by scope, connectivity and refused-message counters.</summary>
public sealed record TwinResponse(
    IReadOnlyDictionary<string, TimedValue> Latest,
    IReadOnlyDictionary<string, TimedValue> ClientAttributes,
    IReadOnlyDictionary<string, TimedValue> ServerAttributes,
    DeviceConnectivity Connectivity,
    IReadOnlyDictionary<string, long> Rejections,
    IReadOnlyDictionary<string, TimedValue> SharedAttributes)
{
    public static TwinResponse From(DeviceTwin twin) => new(
        twin.Latest.ToDictionary(p => p.Key, p => new TimedValue(p.Value.Timestamp, JsonValues.From(p.Value.Value)), StringComparer.Ordinal),
        Attributes(twin.ClientAttributes),
        Attributes(twin.ServerAttributes),
        twin.Connectivity,
        twin.Rejections,
        Attributes(twin.SharedAttributes));

    private static Dictionary<string, TimedValue> Attributes(IReadOnlyDictionary<string, AttributeValue> attributes) =>
        attributes.ToDictionary(a => a.Key, a => new TimedValue(a.Value.UpdatedAt, JsonValues.ParseOrText(a.Value.Json)), StringComparer.Ordinal);
}
