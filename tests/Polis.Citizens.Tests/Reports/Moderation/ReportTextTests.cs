using Polis.Citizens.Reports.Moderation;

namespace Polis.Citizens.Tests.Reports.Moderation;

public sealed class ReportTextTests
{
    private static string Plain(string input, int max = 500)
    {
        var result = ReportText.ToPlainText(input, max);
        Assert.True(result.Succeeded, $"refused: {result.Refusal}");
        return result.Text!;
    }

    [Theory]
    [InlineData("<b>Pothole</b> on <i>Vesterbrogade</i>", "Pothole on Vesterbrogade")]
    [InlineData("Deep &amp; wide &#8211; 30&nbsp;cm &lt; 40 cm", "Deep & wide – 30 cm < 40 cm")]
    [InlineData("Hole<script>alert('x')</script> here", "Hole here")]
    [InlineData("<style>p{color:red}</style><p>Broken</p><p>light</p>", "Broken\n\nlight")]
    [InlineData("Line one<br>Line two<BR/>Line three", "Line one\nLine two\nLine three")]
    [InlineData("a <!-- hidden --> b", "a b")]
    [InlineData("  lots \t of\u00a0\u00a0 space  ", "lots of space")]
    [InlineData("one\r\n\r\n\r\n\r\ntwo", "one\n\ntwo")]
    [InlineData("&lt;script&gt;alert(1)&lt;/script&gt;ok", "ok")]
    [InlineData("&amp;lt;img src=x onerror=alert(1)&amp;gt;ok", "ok")]
    [InlineData("5 < 6 and 7 > 3", "5 < 6 and 7 > 3")]
    [InlineData("zero\u200bwidth and \u202eevil", "zerowidth and evil")]
    [InlineData("Æblevej 3, Ørestad — ✓ 🚧", "Æblevej 3, Ørestad — ✓ 🚧")]
    public void ToPlainText_Html_BecomesPlainText(string input, string expected) =>
        Assert.Equal(expected, Plain(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  <p> </p> &nbsp; ")]
    [InlineData("<script>only a script</script>")]
    public void ToPlainText_NothingLeft_IsRefusedAsEmpty(string? input) =>
        Assert.Equal(ReportTextRefusal.Empty, ReportText.ToPlainText(input, 100).Refusal);

    [Fact]
    public void ToPlainText_LengthCountsPlainCharacters()
    {
        Assert.Equal("abcde", Plain("<b>abc</b><i>de</i>", 5));
        Assert.Equal("🚧🚧🚧", Plain("🚧🚧🚧", 3));
        Assert.Equal(ReportTextRefusal.TooLong, ReportText.ToPlainText("abcdef", 5).Refusal);
    }

    [Fact]
    public void ToPlainText_HugeUpload_IsRefusedWithoutParsing()
    {
        var result = ReportText.ToPlainText(new string('<', 200_000), 1000);

        Assert.Equal(ReportTextRefusal.TooLong, result.Refusal);
        Assert.Equal("The description may hold at most 1000 characters of plain text.", result.Detail("description", 1000));
    }

    [Fact]
    public void ToPlainText_UnclosedScript_DropsTheRest() =>
        Assert.Equal("Hello", Plain("Hello<script>document.cookie"));
}
