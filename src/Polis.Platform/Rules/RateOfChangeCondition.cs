using System.Text.Json.Serialization;

namespace Polis.Platform.Rules;

/// <summary>
/// The value changed too fast between two consecutive readings of <see cref="Key"/> at most
/// <see cref="WindowSeconds"/> apart: by more than <see cref="MaxChangePerMinute"/> (absolute units per
/// minute) or by more than <see cref="MaxChangePercent"/> percent of the earlier value. Exactly one limit is
/// set. Readings further apart are not compared: a device back from an outage is not judged on the gap.
/// <c>{"type":"rateOfChange","key":"flow_temperature","maxChangePerMinute":5,"windowSeconds":300}</c>.
/// </summary>
public sealed record RateOfChangeCondition(string Key, int WindowSeconds, double? MaxChangePerMinute = null, double? MaxChangePercent = null) : RuleCondition
{
    [JsonIgnore]
    public override string TypeName => "rateOfChange";
}
