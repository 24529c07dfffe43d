namespace Polis.Platform.Rules;

/// <summary>
/// The outcome of an evaluation at server time <see cref="At"/>. <see cref="Matches"/> lists every leaf of the
/// condition that decided it: the rule's condition for raise and update, the clear condition (or the
/// rule's condition when there is none) for clear.
/// </summary>
public sealed record RuleTransition(RuleTransitionKind Kind, long At, IReadOnlyList<ConditionMatch> Matches)
{
    public static RuleTransition None { get; } = new(RuleTransitionKind.None, 0, []);
}
