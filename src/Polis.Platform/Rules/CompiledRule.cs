using System.Runtime.CompilerServices;

namespace Polis.Platform.Rules;

/// <summary>
/// A rule's trees with the leaves grouped by key, built once per <see cref="Rule"/> instance (rules are
/// immutable records, so the cache is keyed by reference and dies with the rule).
/// </summary>
internal sealed class CompiledRule
{
    private static readonly ConditionalWeakTable<Rule, CompiledRule> Cache = [];

    private CompiledRule(Rule rule)
    {
        Raise = new CompiledCondition(rule.Condition, "condition");
        Clear = rule.Clear is null ? null : new CompiledCondition(rule.Clear.Condition, "clear.condition");
        var leaves = Raise.Leaves.Concat(Clear?.Leaves ?? []).ToArray();
        LeavesByKey = leaves
            .Where(leaf => leaf.Key is not null)
            .GroupBy(leaf => leaf.Key!, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);
        WatchesAnyKey = leaves.Any(leaf => leaf.Condition is InactivityCondition { Key: null });
    }

    public CompiledCondition Raise { get; }

    public CompiledCondition? Clear { get; }

    /// <summary>Leaves per key they read (inactivity of a key included: its arrivals are tracked).</summary>
    public Dictionary<string, CompiledCondition[]> LeavesByKey { get; }

    /// <summary>True when some inactivity condition watches every key, so any reading matters.</summary>
    public bool WatchesAnyKey { get; }

    public static CompiledRule For(Rule rule) => Cache.GetValue(rule, static r => new CompiledRule(r));
}
