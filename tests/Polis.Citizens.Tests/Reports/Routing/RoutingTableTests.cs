using Polis.Citizens.Reports.Routing;

namespace Polis.Citizens.Tests.Reports.Routing;

public sealed class RoutingTableTests
{
    private static readonly Department[] Departments =
    [
        new("service-desk", "Citizen service desk"),
        new("roads", "Roads", "roads-supervisor"),
        new("roads-north", "Roads, northern depot", "roads-supervisor"),
        new("lighting", "Street lighting"),
        new("parks", "Parks and trees"),
    ];

    private static readonly RoutingRule[] Rules =
    [
        new("roads", ServiceGroup: "Roads"),
        new("roads-north", ServiceGroup: "Roads", District: "Nord"),
        new("lighting", ServiceCode: "LIGHT-OUT"),
        new("parks", District: "Parkby"),
        new("service-desk", ServiceCode: "POTHOLE", District: "Centrum"),
    ];

    private readonly RoutingTable _table = new(Departments, Rules, "service-desk");

    [Theory]
    [InlineData("POTHOLE", "Roads", "Vest", "roads")]
    [InlineData("POTHOLE", "roads", "nord", "roads-north")]
    [InlineData("POTHOLE", "Roads", "Centrum", "service-desk")]
    [InlineData("LIGHT-OUT", "Lighting", "Nord", "lighting")]
    [InlineData("LIGHT-OUT", "Lighting", "Parkby", "lighting")]
    [InlineData("GRAFFITI", "Cleaning", "Parkby", "parks")]
    [InlineData("POTHOLE", "Roads", "Parkby", "roads")]
    public void Route_MostSpecificRuleWins(string code, string group, string district, string expected) =>
        Assert.Equal(expected, _table.Route(code, group, district).Department.Id);

    [Fact]
    public void Route_NoRuleMatches_GoesToTheDefaultDepartment()
    {
        var decision = _table.Route("GRAFFITI", "Cleaning", null);

        Assert.Equal("service-desk", decision.Department.Id);
        Assert.Null(decision.Rule);
    }

    [Fact]
    public void Route_ByRule_NamesTheRuleAndTheSupervisor()
    {
        var decision = _table.Route("POTHOLE", "Roads", "Nord");

        Assert.Same(Rules[1], decision.Rule);
        Assert.Equal("roads-supervisor", decision.Department.Supervisor);
    }

    [Fact]
    public void Validate_GoodSet_HasNoProblems() =>
        Assert.Empty(RoutingValidator.Validate(Departments, Rules, "service-desk"));

    [Fact]
    public void Validate_BadSet_ListsEveryProblemWithItsRule()
    {
        RoutingRule[] rules =
        [
            new("roads", ServiceGroup: "Roads"),
            new("sewers", ServiceCode: "BLOCKED-DRAIN"),
            new("parks", ServiceGroup: " roads "),
            new("roads", ServiceGroup: "ROADS"),
            new("parks"),
            new("lighting", ServiceCode: "LIGHT-OUT", ServiceGroup: "Lighting"),
        ];

        var problems = RoutingValidator.Validate([.. Departments, new Department("parks", "Parks again")], rules, "helpdesk");

        Assert.Equal(
            [
                (RoutingProblemKind.RepeatedDepartment, (int?)null),
                (RoutingProblemKind.UnknownDepartment, null),
                (RoutingProblemKind.UnknownDepartment, 1),
                (RoutingProblemKind.ConflictingRules, 2),
                (RoutingProblemKind.RepeatedRule, 3),
                (RoutingProblemKind.NoCriteria, 4),
                (RoutingProblemKind.CodeAndGroup, 5),
            ],
            problems.Select(p => (p.Kind, p.RuleIndex)));
        Assert.Equal("rules[2]: The rule has the criteria of rules[0] but sends reports to 'parks', not 'roads'.", problems[3].ToString());
        Assert.Equal("The default department 'helpdesk' does not exist.", problems[1].ToString());
    }

    [Fact]
    public void Constructor_InvalidSet_ThrowsWithTheProblems()
    {
        var error = Assert.Throws<ArgumentException>(() => new RoutingTable(Departments, [new RoutingRule("nobody", ServiceCode: "X")], "roads"));

        Assert.Contains("rules[0]: The department 'nobody' does not exist.", error.Message, StringComparison.Ordinal);
    }
}
