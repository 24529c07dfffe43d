namespace Polis.Platform.Rules.Runtime;

/// <summary>One rule's evaluation state as the twin persists it, tagged with the rule's fingerprint.</summary>
public sealed record SavedRuleState(string Fingerprint, RuleEvaluationState State);
