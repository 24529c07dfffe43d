namespace Polis.Citizens.Reports.Routing;

/// <summary>Where a report goes: the department, and the rule that sent it there (null: the default department).</summary>
public sealed record RoutingDecision(Department Department, RoutingRule? Rule);
