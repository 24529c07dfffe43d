namespace Polis.Platform.Rules;

/// <summary>
/// Everything <see cref="RuleEvaluator"/> remembers between calls for one (device, rule); small, immutable and
/// plain JSON (the grain stores it with its state). Times are Unix ms. Condition entries are keyed by the
/// condition's path in the rule (<c>condition.conditions[1]</c>), so a changed rule should start again from
/// <see cref="Start"/>.
/// </summary>
public sealed record RuleEvaluationState
{
    private static readonly Dictionary<string, KeyObservation> NoKeys = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, long> NoHolding = new(StringComparer.Ordinal);

    public static RuleEvaluationState Initial { get; } = new();

    /// <summary>When evaluation began (server time): inactivity counts from here until a first reading arrives.</summary>
    public long? StartedAt { get; init; }

    /// <summary>Server time of the last evaluation that changed this state.</summary>
    public long? EvaluatedAt { get; init; }

    public bool AlarmActive { get; init; }

    /// <summary>Server time the open alarm was raised; null when none is open.</summary>
    public long? RaisedAt { get; init; }

    /// <summary>Server time any reading of the device last arrived (kept only when a rule watches any key).</summary>
    public long? LastSeenAt { get; init; }

    /// <summary>Newest reading per key the rule uses.</summary>
    public IReadOnlyDictionary<string, KeyObservation> Keys { get; init; } = NoKeys;

    /// <summary>Per condition path: device timestamp of the first reading of the current unbroken run that satisfied it.</summary>
    public IReadOnlyDictionary<string, long> HoldingSince { get; init; } = NoHolding;

    /// <summary>
    /// State for a rule attached at <paramref name="now"/>; <paramref name="lastActivityAt"/> (the twin's last
    /// activity, server time) lets inactivity count from the device's real last message after a restart.
    /// </summary>
    public static RuleEvaluationState Start(long now, long? lastActivityAt = null) =>
        new() { StartedAt = now, EvaluatedAt = now, LastSeenAt = lastActivityAt };
}
