using System.Text.Json.Serialization;

namespace Polis.Platform.Rules;

/// <summary>Threshold comparisons, written in JSON as the symbols people type (<c>"&gt;"</c>, <c>"&lt;="</c>…).</summary>
public enum ComparisonOperator
{
    [JsonStringEnumMemberName(">")]
    GreaterThan = 0,

    [JsonStringEnumMemberName(">=")]
    GreaterThanOrEqual = 1,

    [JsonStringEnumMemberName("<")]
    LessThan = 2,

    [JsonStringEnumMemberName("<=")]
    LessThanOrEqual = 3,

    [JsonStringEnumMemberName("==")]
    Equal = 4,

    [JsonStringEnumMemberName("!=")]
    NotEqual = 5,
}
