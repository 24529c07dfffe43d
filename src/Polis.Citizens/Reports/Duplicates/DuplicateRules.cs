namespace Polis.Citizens.Reports.Duplicates;

/// <summary>The duplicate rule of each service code (case-insensitive), and the rule of every other service.</summary>
public sealed class DuplicateRules(DuplicateRule defaultRule, IReadOnlyDictionary<string, DuplicateRule> byServiceCode)
{
    private readonly Dictionary<string, DuplicateRule> _byServiceCode = new(byServiceCode ?? throw new ArgumentNullException(nameof(byServiceCode)), StringComparer.OrdinalIgnoreCase);

    /// <summary>The usual rule: 50 metres and 30 days (a pothole reported again down the street a week later).</summary>
    public static DuplicateRules Standard { get; } = new(new DuplicateRule(50, 30), new Dictionary<string, DuplicateRule>());

    public DuplicateRule Default { get; } = defaultRule ?? throw new ArgumentNullException(nameof(defaultRule));

    public DuplicateRule For(string serviceCode) => _byServiceCode.GetValueOrDefault(serviceCode, Default);
}
