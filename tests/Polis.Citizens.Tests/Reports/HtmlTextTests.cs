using Polis.Citizens.Reports.Open311;

namespace Polis.Citizens.Tests.Reports;

/// <summary>Descriptions with HTML keep their text and lose their markup.</summary>
public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("Plain text stays", "Plain text stays")]
    [InlineData("<p>Big <b>hole</b></p>", "Big hole")]
    [InlineData("Line one<br>Line two", "Line one\nLine two")]
    [InlineData("Fish &amp; chips &lt;3", "Fish & chips <3")]
    [InlineData("Hi<script>alert('x')</script> there", "Hi there")]
    [InlineData("<style>p{}</style><img src=x onerror=alert(1)>Photo", "Photo")]
    [InlineData("Unclosed <b tag", "Unclosed")]
    [InlineData("2 < 3 and 4 > 1", "2 < 3 and 4 > 1")]
    public void Strip_Html_KeepsTheText(string input, string expected) => Assert.Equal(expected, HtmlText.Strip(input));
}
