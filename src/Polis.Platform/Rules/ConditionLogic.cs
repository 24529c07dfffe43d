using Polis.Contracts.Telemetry;

namespace Polis.Platform.Rules;

/// <summary>
/// The meaning of each condition kind: how a reading moves a leaf's "holding since", whether a node holds
/// at a given server time, and when time alone could make it hold.
/// </summary>
internal static class ConditionLogic
{
    /// <summary>Applies one in-order reading of the leaf's key; <paramref name="previous"/> is the key's prior reading.</summary>
    public static void Apply(CompiledCondition leaf, TelemetryPoint point, KeyObservation? previous, RuleWorkingState working)
    {
        bool satisfied;
        switch (leaf.Condition)
        {
            case ThresholdCondition threshold:
                satisfied = Satisfies(threshold, point.Value);
                break;
            case RangeCondition range:
                satisfied = Satisfies(range, point.Value);
                break;
            case RateOfChangeCondition rate:
                satisfied = Exceeds(rate, point, previous);
                break;
            default:
                return;
        }

        if (satisfied)
        {
            working.StartHolding(leaf.Path, point.Timestamp);
        }
        else
        {
            working.StopHolding(leaf.Path);
        }
    }

    public static bool Holds(CompiledCondition node, ConditionContext context, long now)
    {
        switch (node.Condition)
        {
            case AllCondition:
                foreach (var child in node.Children)
                {
                    if (!Holds(child, context, now))
                    {
                        return false;
                    }
                }

                return true;
            case AnyCondition:
                foreach (var child in node.Children)
                {
                    if (Holds(child, context, now))
                    {
                        return true;
                    }
                }

                return false;
            case InactivityCondition inactivity:
                return context.InactiveSince(inactivity.Key) is { } since && now - since >= inactivity.Seconds * 1000L;
            default:
                if (!context.Holding.TryGetValue(node.Path, out var start))
                {
                    return false;
                }

                return node.ForMilliseconds is not { } duration
                    || (context.Keys.TryGetValue(node.Key!, out var latest) && latest.EffectiveTime(now) - start >= duration);
        }
    }

    /// <summary>
    /// The earliest server time after <paramref name="after"/> at which some leaf of <paramref name="node"/> starts
    /// to hold by time alone (a duration completing, a silence reaching its limit); null when none can.
    /// </summary>
    public static long? DueAt(CompiledCondition node, ConditionContext context, long after)
    {
        long? earliest = null;
        foreach (var leaf in node.Leaves)
        {
            long? due = leaf.Condition switch
            {
                InactivityCondition inactivity => context.InactiveSince(inactivity.Key) + (inactivity.Seconds * 1000L),
                _ when leaf.ForMilliseconds is { } duration
                    && context.Holding.TryGetValue(leaf.Path, out var start)
                    && context.Keys.TryGetValue(leaf.Key!, out var latest) =>
                    latest.ReceivedAt + Math.Max(0, start + duration - latest.Timestamp),
                _ => null,
            };
            if (due > after && (earliest is null || due < earliest))
            {
                earliest = due;
            }
        }

        return earliest;
    }

    public static List<ConditionMatch> Matches(CompiledCondition node, ConditionContext context, long now)
    {
        var matches = new List<ConditionMatch>();
        foreach (var leaf in node.Leaves)
        {
            KeyObservation? latest = leaf.Key is not null && context.Keys.TryGetValue(leaf.Key, out var observation) ? observation : null;
            long? since = leaf.Condition is InactivityCondition inactivity
                ? context.InactiveSince(inactivity.Key)
                : context.Holding.TryGetValue(leaf.Path, out var start) ? start : null;
            matches.Add(new ConditionMatch(leaf.Path, leaf.Condition.TypeName, leaf.Key, Holds(leaf, context, now), latest?.Value, latest?.Timestamp, since));
        }

        return matches;
    }

    private static bool Satisfies(ThresholdCondition threshold, TelemetryValue value)
    {
        var expected = threshold.Value;
        if (!expected.IsNumeric)
        {
            // Strings compare for equality only (the validator refuses ordering), and only with strings.
            if (value.IsNumeric)
            {
                return false;
            }

            var equal = string.Equals(value.Text, expected.Text, StringComparison.Ordinal);
            return threshold.Operator == ComparisonOperator.Equal ? equal : threshold.Operator == ComparisonOperator.NotEqual && !equal;
        }

        if (!value.IsNumeric)
        {
            return false;
        }

        var (actual, limit) = (value.Number, expected.Number);
        return threshold.Operator switch
        {
            ComparisonOperator.GreaterThan => actual > limit,
            ComparisonOperator.GreaterThanOrEqual => actual >= limit,
            ComparisonOperator.LessThan => actual < limit,
            ComparisonOperator.LessThanOrEqual => actual <= limit,
            ComparisonOperator.Equal => actual == limit,
            ComparisonOperator.NotEqual => actual != limit,
            _ => false,
        };
    }

    private static bool Satisfies(RangeCondition range, TelemetryValue value)
    {
        if (!value.IsNumeric)
        {
            return false;
        }

        var inside = value.Number >= range.Min && value.Number <= range.Max;
        return range.Mode == RangeMode.Inside ? inside : !inside;
    }

    private static bool Exceeds(RateOfChangeCondition rate, TelemetryPoint point, KeyObservation? previous)
    {
        if (previous is null || !previous.Value.IsNumeric || !point.Value.IsNumeric)
        {
            return false;
        }

        var elapsed = point.Timestamp - previous.Timestamp;
        if (elapsed <= 0 || elapsed > rate.WindowSeconds * 1000L)
        {
            return false;
        }

        var change = Math.Abs(point.Value.Number - previous.Value.Number);
        if (rate.MaxChangePerMinute is { } perMinute)
        {
            return change / (elapsed / 60_000.0) > perMinute;
        }

        var baseline = Math.Abs(previous.Value.Number);
        return rate.MaxChangePercent is { } percent && (baseline == 0 ? change > 0 : change / baseline * 100 > percent);
    }
}
