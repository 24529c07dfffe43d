namespace Polis.Citizens.Reports.Routing;

/// <summary>One fault of a routing rule set: its kind, the rule's position (null for the default or a department), and words.</summary>
public sealed record RoutingProblem(RoutingProblemKind Kind, int? RuleIndex, string Message)
{
    public override string ToString() => RuleIndex is { } index ? $"rules[{index}]: {Message}" : Message;
}
