namespace Polis.NgsiLd.Query;

/// <summary>The operator of a query term; <see cref="Exists"/> is a bare attribute name.</summary>
public enum QOperator
{
    Exists,
    NotExists,
    Equal,
    NotEqual,
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
    Matches,
    NotMatches,
}
