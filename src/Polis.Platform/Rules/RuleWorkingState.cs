namespace Polis.Platform.Rules;

/// <summary>A mutable copy of <see cref="RuleEvaluationState"/> for one evaluation, frozen again at the end.</summary>
internal sealed class RuleWorkingState(RuleEvaluationState state)
{
    public long? StartedAt { get; set; } = state.StartedAt;

    public long? LastSeenAt { get; set; } = state.LastSeenAt;

    public bool AlarmActive { get; set; } = state.AlarmActive;

    public long? RaisedAt { get; set; } = state.RaisedAt;

    public Dictionary<string, KeyObservation> Keys { get; } = new(state.Keys, StringComparer.Ordinal);

    public Dictionary<string, long> Holding { get; } = new(state.HoldingSince, StringComparer.Ordinal);

    public ConditionContext Context => new(Keys, Holding, LastSeenAt, StartedAt);

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
