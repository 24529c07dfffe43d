namespace Polis.Citizens.Reports.Sla;

/// <summary>
/// The service levels of the city: one per service code, one per service group, and a default. A report's level is
/// its service code's, else its group's, else the default: the most specific wins.
/// </summary>
public sealed class SlaPolicyBook(SlaPolicy defaultPolicy, IReadOnlyDictionary<string, SlaPolicy> byServiceCode, IReadOnlyDictionary<string, SlaPolicy> byServiceGroup)
{
    private readonly Dictionary<string, SlaPolicy> _byServiceCode = new(byServiceCode ?? throw new ArgumentNullException(nameof(byServiceCode)), StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SlaPolicy> _byServiceGroup = new(byServiceGroup ?? throw new ArgumentNullException(nameof(byServiceGroup)), StringComparer.OrdinalIgnoreCase);

    public SlaPolicy Default { get; } = defaultPolicy ?? throw new ArgumentNullException(nameof(defaultPolicy));

    /// <summary>The policy for a report of <paramref name="serviceCode"/> in <paramref name="serviceGroup"/> (either may be null).</summary>
    public SlaPolicy For(string? serviceCode, string? serviceGroup) =>
        serviceCode is not null && _byServiceCode.TryGetValue(serviceCode, out var byCode) ? byCode
        : serviceGroup is not null && _byServiceGroup.TryGetValue(serviceGroup, out var byGroup) ? byGroup
        : Default;
}
