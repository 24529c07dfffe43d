namespace Polis.Platform.Rules;

/// <summary>
/// A copy-on-write view of <see cref="RuleEvaluationState"/> for one evaluation, frozen again at the end. The
/// maps are copied only when written: "holding since" changes only when a condition flips, so most readings
/// copy one small map, not two.
/// </summary>
internal sealed class RuleWorkingState(RuleEvaluationState state)
{
    private Dictionary<string, KeyObservation>? _keys;
    private Dictionary<string, long>? _holding;

    public long? StartedAt { get; set; } = state.StartedAt;

    public long? LastSeenAt { get; set; } = state.LastSeenAt;

    public bool AlarmActive { get; set; } = state.AlarmActive;

    public long? RaisedAt { get; set; } = state.RaisedAt;

    public IReadOnlyDictionary<string, KeyObservation> Keys => _keys ?? state.Keys;

    public IReadOnlyDictionary<string, long> Holding => _holding ?? state.HoldingSince;

    public ConditionContext Context => new(Keys, Holding, LastSeenAt, StartedAt);

    public void SetKey(string key, KeyObservation observation) =>
        (_keys ??= new Dictionary<string, KeyObservation>(state.Keys, StringComparer.Ordinal))[key] = observation;

    /// <summary>Marks a condition as satisfied since <paramref name="since"/> unless it already was (the run continues).</summary>
    public void StartHolding(string path, long since)
    {
        if (!Holding.ContainsKey(path))
        {
            (_holding ??= new Dictionary<string, long>(state.HoldingSince, StringComparer.Ordinal))[path] = since;
        }
    }

    public void StopHolding(string path)
    {
        if (Holding.ContainsKey(path))
        {
            (_holding ??= new Dictionary<string, long>(state.HoldingSince, StringComparer.Ordinal)).Remove(path);
        }
    }

    public RuleEvaluationState ToState(long now) => new()
    {
        StartedAt = StartedAt,
        EvaluatedAt = now,
        AlarmActive = AlarmActive,
        RaisedAt = RaisedAt,
        LastSeenAt = LastSeenAt,
        Keys = Keys,
        HoldingSince = Holding,
    };
}
