namespace Polis.Platform.Rules;

/// <summary>The parts of a rule's state that decide whether its conditions hold.</summary>
internal readonly record struct ConditionContext(
    IReadOnlyDictionary<string, KeyObservation> Keys,
    IReadOnlyDictionary<string, long> Holding,
    long? LastSeenAt,
    long? StartedAt)
{
    public static ConditionContext Of(RuleEvaluationState state) =>
        new(state.Keys, state.HoldingSince, state.LastSeenAt, state.StartedAt);

    /// <summary>Server time inactivity counts from: the last arrival, or the start when nothing arrived yet.</summary>
    public long? InactiveSince(string? key) =>
        key is null
            ? LastSeenAt ?? StartedAt
            : Keys.TryGetValue(key, out var observation) ? observation.SeenAt : StartedAt;
}
