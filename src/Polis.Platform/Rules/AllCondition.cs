using System.Text.Json.Serialization;

namespace Polis.Platform.Rules;

/// <summary>AND: holds while every one of <see cref="Conditions"/> holds.</summary>
public sealed record AllCondition(IReadOnlyList<RuleCondition> Conditions) : RuleCondition
{
    [JsonIgnore]
    public override string TypeName => "all";
}
