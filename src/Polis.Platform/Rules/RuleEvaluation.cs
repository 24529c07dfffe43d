namespace Polis.Platform.Rules;

/// <summary>The state to keep and what happened. <see cref="State"/> is the same instance when nothing changed.</summary>
public readonly record struct RuleEvaluation(RuleEvaluationState State, RuleTransition Transition);
