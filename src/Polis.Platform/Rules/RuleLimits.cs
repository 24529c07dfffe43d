namespace Polis.Platform.Rules;

/// <summary>
/// Bounds on rules. They keep evaluation cheap on every reading and the persisted state small, and they
/// catch units mistakes (minutes typed as seconds) that would make a rule silently useless.
/// </summary>
public static class RuleLimits
{
    /// <summary>Nesting of all/any: the root is depth 1, so <c>all[any[threshold]]</c> is depth 3.</summary>
    public const int MaxDepth = 5;

    public const int MaxConditions = 32;

    public const int MaxChildren = 16;

    public const int MaxForSeconds = 7 * 86_400;

    public const int MinInactivitySeconds = 10;

    public const int MaxInactivitySeconds = 31 * 86_400;

    public const int MaxWindowSeconds = 86_400;

    public const int MaxKeyLength = 128;

    public const int MaxTextValueLength = 256;

    public const int MaxNameLength = 200;

    public const int MaxDescriptionLength = 2_000;
}
