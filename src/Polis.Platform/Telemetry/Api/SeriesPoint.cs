using System.Text.Json.Nodes;

namespace Polis.Platform.Telemetry.Api;

/// <summary>One point of a history series: a raw reading, or a bucket (ts = bucket start) with its count.</summary>
public sealed record SeriesPoint(long Ts, JsonNode? Value, long? Count = null);
