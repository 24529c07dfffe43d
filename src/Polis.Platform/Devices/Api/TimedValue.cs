using System.Text.Json.Nodes;

namespace Polis.Platform.Devices.Api;

/// <summary>A value with its timestamp (Unix ms), as ThingsBoard's API returns them.</summary>
public sealed record TimedValue(long Ts, JsonNode? Value);
