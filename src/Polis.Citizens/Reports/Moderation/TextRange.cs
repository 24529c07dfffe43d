namespace Polis.Citizens.Reports.Moderation;

/// <summary>A stretch of a report's original text: <see cref="Length"/> characters (UTF-16) from <see cref="Start"/>.</summary>
public readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;
}
