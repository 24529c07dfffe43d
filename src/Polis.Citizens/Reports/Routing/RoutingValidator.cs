namespace Polis.Citizens.Reports.Routing;

/// <summary>Checks a routing rule set before it is used, so every report has exactly one department to go to.</summary>
public static class RoutingValidator
{
    /// <summary>Every fault of the set, in rule order; empty when it can be used.</summary>
    public static IReadOnlyList<RoutingProblem> Validate(IReadOnlyList<Department> departments, IReadOnlyList<RoutingRule> rules, string defaultDepartment)
    {
        ArgumentNullException.ThrowIfNull(departments);
        ArgumentNullException.ThrowIfNull(rules);
        var problems = new List<RoutingProblem>();
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var department in departments)
        {
            if (!known.Add(department.Id))
            {
                problems.Add(new(RoutingProblemKind.RepeatedDepartment, null, $"The department id '{department.Id}' is used twice."));
            }
        }

        if (!known.Contains(defaultDepartment ?? ""))
        {
            problems.Add(new(RoutingProblemKind.UnknownDepartment, null, $"The default department '{defaultDepartment}' does not exist."));
        }

        var firstWithKey = new Dictionary<(string, string, string), int>();
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            if (!known.Contains(rule.Department ?? ""))
            {
                problems.Add(new(RoutingProblemKind.UnknownDepartment, i, $"The department '{rule.Department}' does not exist."));
            }

            if (rule.Specificity == 0)
            {
                problems.Add(new(RoutingProblemKind.NoCriteria, i, "A rule needs a service code, a service group or a district; the default department takes everything else."));
                continue;
            }

            if (rule.Specificity >= 6)
            {
                problems.Add(new(RoutingProblemKind.CodeAndGroup, i, "A rule names a service code or a service group, not both."));
                continue;
            }

            if (!firstWithKey.TryAdd(rule.Key, i))
            {
                var first = firstWithKey[rule.Key];
                problems.Add(string.Equals(rules[first].Department, rule.Department, StringComparison.OrdinalIgnoreCase)
                    ? new(RoutingProblemKind.RepeatedRule, i, $"The rule repeats rules[{first}].")
                    : new(RoutingProblemKind.ConflictingRules, i, $"The rule has the criteria of rules[{first}] but sends reports to '{rule.Department}', not '{rules[first].Department}'."));
            }
        }

        return problems;
    }
}
