using Polis.Citizens.Reports.Moderation;

namespace Polis.Citizens.Tests.Reports.Moderation;

/// <summary>Descriptions with HTML, as Open311 clients send them, keep their text and lose their markup (<see cref="ReportText"/>).</summary>
public sealed class ReportTextHtmlTests
{
    [Theory]
    [InlineData("Plain text stays", "Plain text stays")]
    [InlineData("<p>Big <b>hole</b></p>", "Big hole")]
    [InlineData("Line one<br>Line two", "Line one\nLine two")]
    [InlineData("Fish &amp; chips &lt;3", "Fish & chips <3")]
    [InlineData("Hi<script>alert('x')</script> there", "Hi there")]
    [InlineData("<style>p{}</style><img src=x onerror=alert(1)>Photo", "Photo")]
    // Never closed, it is not a tag: kept as text, which every page encodes on output.
    [InlineData("Unclosed <b tag", "Unclosed <b tag")]
    [InlineData("2 < 3 and 4 > 1", "2 < 3 and 4 > 1")]
    public void ToPlainText_Html_KeepsTheText(string input, string expected) => Assert.Equal(expected, ReportText.ToPlainText(input, 4000).Text);
}
