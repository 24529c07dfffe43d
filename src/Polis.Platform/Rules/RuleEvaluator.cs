using Polis.Contracts.Telemetry;

namespace Polis.Platform.Rules;

/// <summary>
/// Evaluates one rule for one device, deterministically and without side effects: the caller keeps the
/// returned state and acts on the transition.
/// <para>Time. Two clocks, never compared with each other. Durations (<c>forSeconds</c>) and rates use the
/// readings' device timestamps: a condition holds for <c>forSeconds</c> when the readings from the first one
/// satisfying it up to the latest one span that long with none breaking it. Between readings the latest value
/// is taken to persist, so the timer extends the latest reading's timestamp by the server time elapsed since
/// it arrived (<see cref="KeyObservation.EffectiveTime"/>). Inactivity and every <c>now</c> are server time
/// (Unix ms): when a batch arrived, or when the timer fires.</para>
/// <para>Order. A batch is applied in timestamp order; a reading not newer than the key's latest is late
/// (or a duplicate): it counts as activity but changes no condition.</para>
/// </summary>
public static class RuleEvaluator
{
    /// <summary>Applies a batch of durable readings that arrived at server time <paramref name="now"/>.</summary>
    public static RuleEvaluation Evaluate(Rule rule, RuleEvaluationState state, IReadOnlyList<TelemetryPoint> points, long now)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            return EvaluateTimer(rule, state, now);
        }

        var compiled = CompiledRule.For(rule);
        if (!rule.Enabled || (!compiled.WatchesAnyKey && !Touches(compiled, points)))
        {
            // The common case with several rules per profile: this batch is about other keys.
            return new RuleEvaluation(state, RuleTransition.None);
        }

        var working = new RuleWorkingState(state);
        working.StartedAt ??= now;
        if (compiled.WatchesAnyKey)
        {
            working.LastSeenAt = Math.Max(working.LastSeenAt ?? now, now);
        }

        var fresh = false;
        foreach (var point in InTimestampOrder(points))
        {
            if (!compiled.LeavesByKey.TryGetValue(point.Key, out var leaves))
            {
                continue;
            }

            working.Keys.TryGetValue(point.Key, out var previous);
            if (previous is not null && point.Timestamp <= previous.Timestamp)
            {
                working.SetKey(point.Key, previous with { SeenAt = Math.Max(previous.SeenAt, now) });
                continue;
            }

            foreach (var leaf in leaves)
            {
                ConditionLogic.Apply(leaf, point, previous, working);
            }

            working.SetKey(point.Key, new KeyObservation(point.Timestamp, point.Value, now, now));
            fresh = true;
        }

        return Decide(compiled, working, now, fresh);
    }

    /// <summary>
    /// Re-checks the rule at server time <paramref name="now"/> with no new reading: silences that reached
    /// their limit, durations that completed while the value stayed put. Call it when <see cref="NextDueAt"/>
    /// comes (early calls are harmless) and once when a rule is attached, to start the inactivity clock.
    /// </summary>
    public static RuleEvaluation EvaluateTimer(Rule rule, RuleEvaluationState state, long now)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(state);
        if (!rule.Enabled)
        {
            return new RuleEvaluation(state, RuleTransition.None);
        }

        var working = new RuleWorkingState(state);
        working.StartedAt ??= now;
        return Decide(CompiledRule.For(rule), working, now, fresh: false);
    }

    /// <summary>
    /// Server time at which <see cref="EvaluateTimer"/> could next change something by time alone; null when
    /// only a reading can. Schedule a reminder or timer for it; re-read it after every state change. It can lie in
    /// the past (the state was restored after the node was down): evaluate at once then.
    /// </summary>
    public static long? NextDueAt(Rule rule, RuleEvaluationState state)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(state);
        if (!rule.Enabled || state.StartedAt is null)
        {
            return null;
        }

        // Time only ever makes conditions start to hold (there is no NOT), so an open alarm without a clear
        // condition can only clear on a reading.
        var compiled = CompiledRule.For(rule);
        var watched = state.AlarmActive ? compiled.Clear : compiled.Raise;
        return watched is null
            ? null
            : ConditionLogic.DueAt(watched, ConditionContext.Of(state), state.EvaluatedAt ?? long.MinValue);
    }

    private static RuleEvaluation Decide(CompiledRule compiled, RuleWorkingState working, long now, bool fresh)
    {
        var context = working.Context;
        if (!working.AlarmActive)
        {
            if (!ConditionLogic.Holds(compiled.Raise, context, now))
            {
                return new RuleEvaluation(working.ToState(now), RuleTransition.None);
            }

            working.AlarmActive = true;
            working.RaisedAt = now;
            return Transition(working, RuleTransitionKind.Raise, compiled.Raise, now);
        }

        var clearsNow = compiled.Clear is null
            ? !ConditionLogic.Holds(compiled.Raise, context, now)
            : ConditionLogic.Holds(compiled.Clear, context, now);
        if (clearsNow)
        {
            working.AlarmActive = false;
            working.RaisedAt = null;
            return Transition(working, RuleTransitionKind.Clear, compiled.Clear ?? compiled.Raise, now);
        }

        // Only a repeated trigger refreshes the alarm: readings on the way down (inside the hysteresis band)
        // are not news for the alarm and would only cost it writes.
        return fresh && (compiled.Clear is null || ConditionLogic.Holds(compiled.Raise, context, now))
            ? Transition(working, RuleTransitionKind.Update, compiled.Raise, now)
            : new RuleEvaluation(working.ToState(now), RuleTransition.None);
    }

    private static RuleEvaluation Transition(RuleWorkingState working, RuleTransitionKind kind, CompiledCondition node, long now) =>
        new(working.ToState(now), new RuleTransition(kind, now, ConditionLogic.Matches(node, working.Context, now)));

    private static bool Touches(CompiledRule compiled, IReadOnlyList<TelemetryPoint> points)
    {
        foreach (var point in points)
        {
            if (compiled.LeavesByKey.ContainsKey(point.Key))
            {
                return true;
            }
        }

        return false;
    }

    private static IReadOnlyList<TelemetryPoint> InTimestampOrder(IReadOnlyList<TelemetryPoint> points)
    {
        for (var i = 1; i < points.Count; i++)
        {
            if (points[i].Timestamp < points[i - 1].Timestamp)
            {
                // OrderBy is stable: same-timestamp points keep their order (the first one wins, as in the store).
                return [.. points.OrderBy(point => point.Timestamp)];
            }
        }

        return points;
    }
}
