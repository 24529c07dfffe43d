using System.Text.Json.Serialization;

namespace Polis.Platform.Rules;

/// <summary>
/// The value is inside (or outside) [min, max], optionally for <see cref="ForSeconds"/>:
/// <c>{"type":"range","key":"temperature","min":18,"max":24,"mode":"outside","forSeconds":900}</c>.
/// </summary>
public sealed record RangeCondition(string Key, double Min, double Max, RangeMode Mode = RangeMode.Inside, int? ForSeconds = null) : RuleCondition
{
    [JsonIgnore]
    public override string TypeName => "range";
}
