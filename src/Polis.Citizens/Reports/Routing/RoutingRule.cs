using System.Text.Json.Serialization;

namespace Polis.Citizens.Reports.Routing;

/// <summary>
/// "Reports of this service code (or service group), in this district, go to this department." Blank criteria match
/// anything; a rule names a service code or a group, not both (a code already belongs to one group).
/// </summary>
public sealed record RoutingRule(string Department, string? ServiceCode = null, string? ServiceGroup = null, string? District = null)
{
    /// <summary>
    /// How specific the rule is: the service code weighs most, then the group, then the district, so a rule for the
    /// service code anywhere beats a rule for its group in the report's district.
    /// </summary>
    [JsonIgnore]
    public int Specificity => (Given(ServiceCode) ? 4 : 0) + (Given(ServiceGroup) ? 2 : 0) + (Given(District) ? 1 : 0);

    /// <summary>True when the rule applies to a report with these facts (case-insensitive).</summary>
    public bool Matches(string? serviceCode, string? serviceGroup, string? district) =>
        Fits(ServiceCode, serviceCode) && Fits(ServiceGroup, serviceGroup) && Fits(District, district);

    /// <summary>The criteria, normalised: two rules with the same key apply to exactly the same reports.</summary>
    internal (string Code, string Group, string District) Key =>
        (Normal(ServiceCode), Normal(ServiceGroup), Normal(District));

    private static bool Given(string? criterion) => !string.IsNullOrWhiteSpace(criterion);

    private static bool Fits(string? criterion, string? value) =>
        !Given(criterion) || string.Equals(criterion!.Trim(), value?.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string Normal(string? criterion) => Given(criterion) ? criterion!.Trim().ToUpperInvariant() : "";
}
