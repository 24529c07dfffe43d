using System.Text.Json;

namespace Polis.Platform.Rules.Runtime;

/// <summary>The alarm's details for a rule transition: why it happened and what each condition saw.</summary>
public static class RuleAlarmDetails
{
    public static string ToJson(RuleOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var details = new Details(outcome.RuleId, outcome.Reason, outcome.Rule?.Description, outcome.Transition.Matches);
        return JsonSerializer.Serialize(details, RuleJson.Options);
    }

    private sealed record Details(string RuleId, string Reason, string? Description, IReadOnlyList<ConditionMatch> Conditions);
}
