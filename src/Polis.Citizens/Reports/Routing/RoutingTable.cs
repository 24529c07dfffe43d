namespace Polis.Citizens.Reports.Routing;

/// <summary>
/// A validated routing rule set: sends a report to the department of the most specific matching rule (see
/// <see cref="RoutingRule.Specificity"/>), or to the default department when no rule matches.
/// </summary>
public sealed class RoutingTable
{
    private readonly Dictionary<string, Department> _departments;
    private readonly RoutingRule[] _rules;

    /// <exception cref="ArgumentException">The set has faults (<see cref="RoutingValidator"/> lists them all).</exception>
    public RoutingTable(IReadOnlyList<Department> departments, IReadOnlyList<RoutingRule> rules, string defaultDepartment)
    {
        var problems = RoutingValidator.Validate(departments, rules, defaultDepartment);
        if (problems.Count > 0)
        {
            throw new ArgumentException("The routing rules are not valid: " + string.Join("; ", problems), nameof(rules));
        }

        _departments = departments.ToDictionary(d => d.Id, StringComparer.OrdinalIgnoreCase);
        _rules = [.. rules];
        Default = _departments[defaultDepartment];
    }

    public Department Default { get; }

    public IReadOnlyCollection<Department> Departments => _departments.Values;

    public Department? Find(string departmentId) => _departments.GetValueOrDefault(departmentId);

    /// <summary>The department for a report of <paramref name="serviceCode"/> in <paramref name="serviceGroup"/> and <paramref name="district"/>.</summary>
    public RoutingDecision Route(string? serviceCode, string? serviceGroup, string? district)
    {
        // Validation leaves at most one matching rule per specificity, so the most specific match is unique.
        var rule = _rules.Where(r => r.Matches(serviceCode, serviceGroup, district)).MaxBy(r => r.Specificity);
        return rule is null ? new RoutingDecision(Default, null) : new RoutingDecision(_departments[rule.Department], rule);
    }
}
