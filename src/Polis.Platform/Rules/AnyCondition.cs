using System.Text.Json.Serialization;

namespace Polis.Platform.Rules;

/// <summary>OR: holds while at least one of <see cref="Conditions"/> holds.</summary>
public sealed record AnyCondition(IReadOnlyList<RuleCondition> Conditions) : RuleCondition
{
    [JsonIgnore]
    public override string TypeName => "any";
}
