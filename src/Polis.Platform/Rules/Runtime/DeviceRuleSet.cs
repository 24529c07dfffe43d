using Polis.Contracts.Telemetry;

namespace Polis.Platform.Rules.Runtime;

/// <summary>
/// The rules of one device and their evaluation states. Pure: no Orleans, no I/O, time passed in as Unix ms,
/// so the twin stays a thin shell (persist, schedule, change alarms) and this logic is tested on its own.
/// </summary>
public sealed class DeviceRuleSet(long alarmUpdateIntervalMs)
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private Dictionary<string, SavedRuleState> _saved = new(StringComparer.Ordinal);

    public bool IsEmpty => _entries.Count == 0;

    /// <summary>True when some state changed since <see cref="Snapshot"/> was last taken.</summary>
    public bool Dirty { get; private set; }

    public IEnumerable<string> RuleIds => _entries.Keys;

    /// <summary>Takes the states the twin persisted; <see cref="Sync"/> adopts those whose rule is unchanged.</summary>
    public void Restore(IReadOnlyDictionary<string, SavedRuleState> saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        _saved = new Dictionary<string, SavedRuleState>(saved, StringComparer.Ordinal);
    }

    /// <summary>
    /// Brings the set in line with the rules that now target the device. A new rule starts its clocks at
    /// <paramref name="now"/> (inactivity counting from <paramref name="lastActivityAt"/>); a changed rule starts
    /// again; a removed or changed rule whose alarm was open yields a clear, because the alarm it raised no
    /// longer describes any rule.
    /// </summary>
    public IReadOnlyList<RuleOutcome> Sync(IReadOnlyList<ActiveRule> rules, long now, long? lastActivityAt)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var outcomes = new List<RuleOutcome>();
        var current = new HashSet<string>(StringComparer.Ordinal);
        foreach (var active in rules)
        {
            current.Add(active.Rule.Id);
            var known = _entries.TryGetValue(active.Rule.Id, out var entry)
                ? new SavedRuleState(entry.Active.Fingerprint, entry.State)
                : _saved.GetValueOrDefault(active.Rule.Id);
            if (known is not null && known.Fingerprint == active.Fingerprint)
            {
                _entries[active.Rule.Id] = new Entry(active, known.State) { LastUpdateAt = entry?.LastUpdateAt };
                continue;
            }

            if (known is { State.AlarmActive: true })
            {
                outcomes.Add(Cleared(active.Rule.Id, active.Rule, now, "rule changed"));
            }

            _entries[active.Rule.Id] = new Entry(active, RuleEvaluationState.Start(now, lastActivityAt));
            Dirty = true;
        }

        foreach (var (id, state) in _entries.Select(e => (e.Key, e.Value.State)).Concat(_saved.Select(s => (s.Key, s.Value.State))).ToList())
        {
            if (!current.Contains(id) && (_entries.Remove(id) | _saved.Remove(id)))
            {
                Dirty = true;
                if (state.AlarmActive)
                {
                    outcomes.Add(Cleared(id, null, now, "rule removed"));
                }
            }
        }

        _saved.Clear();
        return outcomes;
    }

    /// <summary>Applies durable readings that arrived at server time <paramref name="now"/>.</summary>
    public IReadOnlyList<RuleOutcome> Apply(IReadOnlyList<TelemetryPoint> points, long now) =>
        Run(now, (rule, state) => RuleEvaluator.Evaluate(rule, state, points, now));

    /// <summary>Re-checks the rules whose time has come (a timer or reminder fired).</summary>
    public IReadOnlyList<RuleOutcome> Tick(long now) =>
        Run(now, (rule, state) => RuleEvaluator.NextDueAt(rule, state) is { } due && due <= now
            ? RuleEvaluator.EvaluateTimer(rule, state, now)
            : new RuleEvaluation(state, RuleTransition.None));

    /// <summary>The earliest server time at which time alone could change something; null when only a reading can.</summary>
    public long? NextDueAt()
    {
        long? next = null;
        foreach (var entry in _entries.Values)
        {
            if (RuleEvaluator.NextDueAt(entry.Active.Rule, entry.State) is { } due && (next is null || due < next))
            {
                next = due;
            }
        }

        return next;
    }

    /// <summary>The states to persist; clears <see cref="Dirty"/>.</summary>
    public Dictionary<string, SavedRuleState> Snapshot()
    {
        Dirty = false;
        return _entries.ToDictionary(e => e.Key, e => new SavedRuleState(e.Value.Active.Fingerprint, e.Value.State), StringComparer.Ordinal);
    }

    /// <summary>Puts a rule's state back after its alarm could not be changed, so the next evaluation tries again.</summary>
    public void Revert(RuleOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Previous is { } previous && _entries.TryGetValue(outcome.RuleId, out var entry))
        {
            entry.State = previous;
            Dirty = true;
        }
    }

    /// <summary>
    /// An operator cleared the rule's alarm while its condition may still hold: forget that it is open, so the
    /// next evaluation that finds the condition holding raises a new alarm instead of updating the cleared one.
    /// </summary>
    public void AlarmClearedByOperator(string ruleId)
    {
        if (_entries.TryGetValue(ruleId, out var entry) && entry.State.AlarmActive)
        {
            entry.State = entry.State with { AlarmActive = false, RaisedAt = null };
            entry.LastUpdateAt = null;
            Dirty = true;
        }
    }

    public void Clear()
    {
        _entries.Clear();
        _saved.Clear();
        Dirty = false;
    }

    private List<RuleOutcome> Run(long now, Func<Rule, RuleEvaluationState, RuleEvaluation> evaluate)
    {
        var outcomes = new List<RuleOutcome>();
        foreach (var entry in _entries.Values)
        {
            var before = entry.State;
            var (after, transition) = evaluate(entry.Active.Rule, before);
            if (!ReferenceEquals(before, after))
            {
                entry.State = after;
                Dirty = true;
            }

            if (transition.Kind == RuleTransitionKind.None || IsThrottledUpdate(entry, transition, now))
            {
                continue;
            }

            if (transition.Kind != RuleTransitionKind.Clear)
            {
                entry.LastUpdateAt = now;
            }

            outcomes.Add(new RuleOutcome(entry.Active.Rule.Id, entry.Active.Rule, transition, before, transition.Kind.ToString().ToLowerInvariant()));
        }

        return outcomes;
    }

    // A condition that keeps holding re-triggers on every reading; the alarm hears of it at most once per interval.
    private bool IsThrottledUpdate(Entry entry, RuleTransition transition, long now) =>
        transition.Kind == RuleTransitionKind.Update && entry.LastUpdateAt is { } last && now - last < alarmUpdateIntervalMs;

    private static RuleOutcome Cleared(string ruleId, Rule? rule, long now, string reason) =>
        new(ruleId, rule, new RuleTransition(RuleTransitionKind.Clear, now, []), null, reason);

    private sealed class Entry(ActiveRule active, RuleEvaluationState state)
    {
        public ActiveRule Active { get; } = active;

        public RuleEvaluationState State { get; set; } = state;

        public long? LastUpdateAt { get; set; }
    }
}
