namespace Polis.Platform.Rules.Runtime;

/// <summary>
/// A transition the twin must carry out on the alarm of (device, <see cref="RuleId"/>). <see cref="Rule"/> is
/// null only for the clear of a rule that no longer exists. <see cref="Previous"/> is the state before the
/// evaluation, put back when the alarm could not be changed so that the next evaluation retries.
/// </summary>
public sealed record RuleOutcome(string RuleId, Rule? Rule, RuleTransition Transition, RuleEvaluationState? Previous, string Reason);
