using System.Text.Json.Serialization;
using Polis.Contracts.Telemetry;

namespace Polis.Platform.Rules;

/// <summary>
/// <c>key operator value</c>, optionally held continuously for <see cref="ForSeconds"/>:
/// <c>{"type":"threshold","key":"pm25","operator":"&gt;","value":35,"forSeconds":600}</c>.
/// <see cref="Value"/> is a number, a boolean (compared as 1/0) or a string (only with == and !=).
/// </summary>
public sealed record ThresholdCondition(string Key, ComparisonOperator Operator, TelemetryValue Value, int? ForSeconds = null) : RuleCondition
{
    [JsonIgnore]
    public override string TypeName => "threshold";
}
