namespace Polis.Platform.Rules;

/// <summary>
/// Hysteresis: when present, an active alarm clears only once <see cref="Condition"/> holds (for example
/// <c>pm25 &lt; 30 for 5 min</c> after raising at <c>pm25 &gt; 35 for 10 min</c>), so a value wobbling
/// around the threshold does not flap the alarm. Without it an alarm clears as soon as the rule's
/// condition stops holding. Pick a clear condition that cannot hold together with the raise condition.
/// </summary>
public sealed record RuleClear(RuleCondition Condition);
