using Polis.Citizens.Reports.Routing;

namespace Polis.Citizens.Reports.ServiceLevels;

/// <summary>
/// Checks a routing document as a whole: the shape (departments with ids and names, a default) here, the rules'
/// meaning by <see cref="RoutingValidator"/>; every fault is listed, and the table is built only when there are none.
/// </summary>
public static class RoutingDocumentValidator
{
    public const int MaxDepartments = 500;
    public const int MaxRules = 5000;
    public const int MaxTextLength = 200;

    public static (RoutingTable? Table, ServiceLevelProblems Problems) Validate(RoutingDocument? document)
    {
        var problems = new ServiceLevelProblems();
        if (document is null)
        {
            problems.Add("document", "A routing document is required: departments, rules and defaultDepartment.");
            return (null, problems);
        }

        var departments = document.Departments ?? [];
        var rules = document.Rules ?? [];
        if (departments.Count is 0 or > MaxDepartments)
        {
            problems.Add("departments", $"Between 1 and {MaxDepartments} departments are required.");
        }

        if (rules.Count > MaxRules)
        {
            problems.Add("rules", $"At most {MaxRules} rules.");
        }

        for (var i = 0; i < departments.Count; i++)
        {
            CheckText(problems, $"departments[{i}].id", departments[i]?.Id, required: true);
            CheckText(problems, $"departments[{i}].name", departments[i]?.Name, required: true);
            CheckText(problems, $"departments[{i}].supervisor", departments[i]?.Supervisor, required: false);
        }

        for (var i = 0; i < rules.Count; i++)
        {
            CheckText(problems, $"rules[{i}].department", rules[i]?.Department, required: true);
            CheckText(problems, $"rules[{i}].serviceCode", rules[i]?.ServiceCode, required: false);
            CheckText(problems, $"rules[{i}].serviceGroup", rules[i]?.ServiceGroup, required: false);
            CheckText(problems, $"rules[{i}].district", rules[i]?.District, required: false);
        }

        CheckText(problems, "defaultDepartment", document.DefaultDepartment, required: true);
        if (problems.Any)
        {
            return (null, problems);
        }

        foreach (var problem in RoutingValidator.Validate(departments, rules, document.DefaultDepartment!))
        {
            var path = problem.RuleIndex is { } index ? $"rules[{index}]" : problem.Kind == RoutingProblemKind.RepeatedDepartment ? "departments" : "defaultDepartment";
            problems.Add(path, problem.Message);
        }

        return problems.Any ? (null, problems) : (new RoutingTable(departments, rules, document.DefaultDepartment!), problems);
    }

    private static void CheckText(ServiceLevelProblems problems, string path, string? value, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(value))
        {
            problems.Add(path, "Required.");
        }
        else if (value?.Length > MaxTextLength)
        {
            problems.Add(path, $"At most {MaxTextLength} characters.");
        }
    }
}
