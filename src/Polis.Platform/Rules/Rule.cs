using Polis.Platform.Alarms;

namespace Polis.Platform.Rules;

/// <summary>
/// An alarm rule: when <see cref="Condition"/> holds for a device of <see cref="Target"/>, an alarm of
/// <see cref="Severity"/> is raised; it clears when the condition stops holding, or when
/// <see cref="Clear"/>'s condition holds if one is given. Parse and validate with <see cref="RuleJson.Parse"/>;
/// evaluate with <see cref="RuleEvaluator"/>. Canonical JSON (see docs/rules.md):
/// <code>
/// {
///   "id": "pm25-high",
///   "name": "PM2.5 above 35 µg/m³ for 10 minutes",
///   "target": { "profileId": "air-quality" },
///   "severity": "major",
///   "condition": { "type": "threshold", "key": "pm25", "operator": ">", "value": 35, "forSeconds": 600 },
///   "clear": { "condition": { "type": "threshold", "key": "pm25", "operator": "&lt;", "value": 30, "forSeconds": 300 } }
/// }
/// </code>
/// </summary>
public sealed record Rule(
    string Id,
    string Name,
    RuleTarget Target,
    AlarmSeverity Severity,
    RuleCondition Condition,
    string? Description = null,
    RuleClear? Clear = null,
    bool Enabled = true);
