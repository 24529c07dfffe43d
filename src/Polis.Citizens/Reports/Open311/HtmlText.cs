using System.Net;
using System.Text.RegularExpressions;

namespace Polis.Citizens.Reports.Open311;

/// <summary>
/// Turns a description that may hold HTML into plain text: script and style blocks go with their content, other tags
/// go but their text stays (a "&lt;" not followed by a tag name is text), line breaks become new lines and entities are
/// decoded. The result is text, not markup: whoever shows it still encodes it (a decoded "&amp;lt;b&amp;gt;" reads as "&lt;b&gt;").
/// </summary>
public static partial class HtmlText
{
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var withoutBlocks = ScriptOrStyle().Replace(text, string.Empty);
        var withBreaks = LineBreak().Replace(withoutBlocks, "\n");
        var withoutTags = Tag().Replace(withBreaks, string.Empty);
        return WebUtility.HtmlDecode(withoutTags).Trim();
    }

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<br\s*/?>|</p\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"<[A-Za-z/!?][^>]*>?", RegexOptions.Singleline)]
    private static partial Regex Tag();
}
