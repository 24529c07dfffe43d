using System.Text.Json.Serialization;

namespace Polis.Platform.Rules;

/// <summary>
/// One node of a rule's condition tree. JSON names the kind in <c>"type"</c>: <c>threshold</c>,
/// <c>range</c>, <c>rateOfChange</c>, <c>inactivity</c>, <c>all</c> (AND) or <c>any</c> (OR).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(ThresholdCondition), "threshold")]
[JsonDerivedType(typeof(RangeCondition), "range")]
[JsonDerivedType(typeof(RateOfChangeCondition), "rateOfChange")]
[JsonDerivedType(typeof(InactivityCondition), "inactivity")]
[JsonDerivedType(typeof(AllCondition), "all")]
[JsonDerivedType(typeof(AnyCondition), "any")]
public abstract record RuleCondition
{
    /// <summary>The discriminator as written in JSON, used in evaluation details.</summary>
    [JsonIgnore]
    public abstract string TypeName { get; }
}
