using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Polis.Citizens.Reports.Moderation;

/// <summary>
/// Reduces what residents type (or paste, or what a client sends as HTML) to the plain text that is stored: scripts,
/// styles and comments dropped with their content, block tags turned into line breaks, other tags removed, entities
/// decoded (repeatedly, so an escaped tag cannot come back as markup), invisible and direction-changing characters
/// removed, spaces collapsed, at most one blank line in a row. Never stored as HTML: pages encode it on output.
/// </summary>
public static partial class ReportText
{
    /// <summary>Uploads this many times the limit are refused before any pattern runs over them.</summary>
    private const int RawLengthFactor = 10;

    public static ReportTextResult ToPlainText(string? input, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLength);
        if (input is null)
        {
            return new ReportTextResult(null, ReportTextRefusal.Empty);
        }

        if (input.Length > ((long)maxLength * RawLengthFactor) + 10_000)
        {
            return new ReportTextResult(null, ReportTextRefusal.TooLong);
        }

        var text = input;
        for (var pass = 0; pass < 3; pass++)
        {
            var stripped = WebUtility.HtmlDecode(StripMarkup(text));
            if (stripped == text)
            {
                break;
            }

            text = stripped;
        }

        text = Normalise(text);
        return text.Length == 0 ? new ReportTextResult(null, ReportTextRefusal.Empty)
            : text.EnumerateRunes().Count() > maxLength ? new ReportTextResult(null, ReportTextRefusal.TooLong)
            : new ReportTextResult(text, null);
    }

    private static string StripMarkup(string text)
    {
        text = Comment().Replace(text, "");
        text = HiddenElement().Replace(text, "");
        text = BlockTag().Replace(text, "\n");
        return Tag().Replace(text, "");
    }

    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.Replace("\r\n", "\n", StringComparison.Ordinal).EnumerateRunes())
        {
            if (rune.Value is '\n')
            {
                builder.Append('\n');
            }
            else if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune))
            {
                builder.Append(' ');
            }
            else if (Rune.GetUnicodeCategory(rune) is not System.Globalization.UnicodeCategory.Format)
            {
                // Format characters (zero-width spaces, bidi overrides, soft hyphens) hide or reorder text.
                builder.Append(rune);
            }
        }

        var lines = builder.ToString().Split('\n').Select(line => Spaces().Replace(line, " ").Trim());
        return BlankLines().Replace(string.Join('\n', lines), "\n\n").Trim();
    }

    [GeneratedRegex(@"<!--[\s\S]*?(?:-->|$)", RegexOptions.None, 1000)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<(script|style|head|title|noscript|template|iframe|object)\b[^>]*>[\s\S]*?(?:</\1\s*>|$)", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex HiddenElement();

    [GeneratedRegex(@"</?(?:br|p|div|li|ul|ol|h[1-6]|tr|table|blockquote|pre|section|article|header|footer|hr)\b[^>]*>", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"</?[a-zA-Z][^>]*>|<![a-zA-Z][^>]*>|<\?[^>]*>", RegexOptions.None, 1000)]
    private static partial Regex Tag();

    [GeneratedRegex(@" {2,}", RegexOptions.None, 1000)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n{3,}", RegexOptions.None, 1000)]
    private static partial Regex BlankLines();
}
