namespace Polis.Simulator.Behaviour;

/// <summary>One telemetry message's content: a timestamp (Unix ms) and values (double, bool or string).</summary>
public sealed record Reading(long Timestamp, IReadOnlyDictionary<string, object> Values);
