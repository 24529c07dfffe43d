namespace Polis.Platform.Rules;

/// <summary>
/// A parsed and validated rule, or every problem found as field path → messages (for
/// <c>TypedResults.ValidationProblem</c>). Never both: a rule with any error is not returned.
/// </summary>
public sealed record RuleParseResult(Rule? Rule, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool IsValid => Rule is not null && Errors.Count == 0;
}
