using System.Globalization;
using Polis.Citizens.Reports.Moderation;

namespace Polis.Dashboard.Citizens.Operations;

/// <summary>
/// Reads what a moderator typed to redact: words or phrases one per line, and selections of the original text as
/// <c>start+length</c> (the form the acts list shows them in), separated by commas or spaces.
/// </summary>
public static class SelectionText
{
    public static IReadOnlyList<string> Words(string? text) =>
        [.. (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>The ranges, or null when one of them is not <c>start+length</c> with whole non-negative numbers.</summary>
    public static IReadOnlyList<TextRange>? Ranges(string? text)
    {
        var ranges = new List<TextRange>();
        foreach (var part in (text ?? string.Empty).Split([',', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split('+');
            if (pieces.Length != 2
                || !int.TryParse(pieces[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(pieces[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                return null;
            }

            ranges.Add(new TextRange(start, length));
        }

        return ranges;
    }
}
