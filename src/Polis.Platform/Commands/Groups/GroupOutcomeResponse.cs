using System.Text.Json.Nodes;

namespace Polis.Platform.Commands.Groups;

/// <summary>One device's outcome as the API shows it, with the device's answer as JSON.</summary>
public sealed record GroupOutcomeResponse(string DeviceId, GroupDeviceStatus Status, JsonNode? Response, string? Detail, DateTimeOffset? At);
