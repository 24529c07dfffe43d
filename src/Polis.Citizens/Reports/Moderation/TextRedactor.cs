using System.Text;
using System.Text.RegularExpressions;

namespace Polis.Citizens.Reports.Moderation;

/// <summary>Turns redacted ranges of a text into "[redacted]" and finds the ranges of words to redact.</summary>
public static class TextRedactor
{
    public const string Marker = "[redacted]";

    /// <summary>The ranges sorted, with overlapping and touching ones merged, so each redacted stretch shows one marker.</summary>
    public static IReadOnlyList<TextRange> Merge(IEnumerable<TextRange> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        var merged = new List<TextRange>();
        foreach (var range in ranges.Where(r => r.Length > 0).OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = last with { Length = Math.Max(last.End, range.End) - last.Start };
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }

    /// <summary>The public text: <paramref name="original"/> with each merged range replaced by <see cref="Marker"/>.</summary>
    public static string Apply(string original, IEnumerable<TextRange> ranges)
    {
        ArgumentNullException.ThrowIfNull(original);
        var builder = new StringBuilder(original.Length);
        var at = 0;
        foreach (var range in Merge(ranges))
        {
            builder.Append(original, at, range.Start - at).Append(Marker);
            at = range.End;
        }

        return builder.Append(original, at, original.Length - at).ToString();
    }

    /// <summary>
    /// Every whole-word occurrence of <paramref name="words"/> (words or phrases, case-insensitive): "Jensen" finds
    /// "jensen" and "Jensen's" but not "Jensenius".
    /// </summary>
    public static IReadOnlyList<TextRange> FindWords(string text, IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        var found = new List<TextRange>();
        foreach (var word in words.Select(w => w.Trim()).Where(w => w.Length > 0))
        {
            var pattern = $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(word)}(?![\p{{L}}\p{{N}}])";
            found.AddRange(Regex.Matches(text, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
                .Select(m => new TextRange(m.Index, m.Length)));
        }

        return found;
    }
}
