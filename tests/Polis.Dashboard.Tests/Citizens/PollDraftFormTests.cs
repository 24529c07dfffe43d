using Polis.Citizens.Polls;
using Polis.Dashboard.Citizens.Polls;

namespace Polis.Dashboard.Tests.Citizens;

public sealed class PollDraftFormTests
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    [Theory]
    [InlineData("Café", "cafe")]
    [InlineData("Æblehaven på Østerbro", "aeblehaven-pa-osterbro")]
    [InlineData("  A park!  ", "a-park")]
    [InlineData("Bike path / lanes", "bike-path-lanes")]
    [InlineData("???", "fallback")]
    public void Slug_IsAValidPollId(string text, string expected)
    {
        var slug = PollDraftForm.Slug(text, "fallback");
        Assert.Equal(expected, slug);
        Assert.True(PollDefinitionValidator.IsId(slug));
    }

    [Fact]
    public void Slug_IsCutAt40Characters_WithoutATrailingDash()
    {
        var slug = PollDraftForm.Slug(new string('a', 39) + " b and more", "x");
        Assert.Equal(new string('a', 39), slug);
    }

    [Fact]
    public void ToDefinition_ReadsWallClockTimesInTheCityZone_AcrossSummerAndWinterTime()
    {
        var form = new PollDraftForm { Title = "T", OpensAt = new DateTime(2026, 3, 28, 12, 0, 0), ClosesAt = new DateTime(2026, 3, 30, 12, 0, 0), Districts = "north, south" };
        form.Questions[0].Text = "Main use";
        form.Questions[0].Options = "A park\nHousing\n";
        var (definition, problem) = form.ToDefinition(Copenhagen);
        Assert.Null(problem);
        Assert.Equal(DateTimeOffset.Parse("2026-03-28T11:00:00Z", System.Globalization.CultureInfo.InvariantCulture), definition!.OpensAt);
        Assert.Equal(DateTimeOffset.Parse("2026-03-30T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), definition.ClosesAt);
        Assert.Equal(["north", "south"], definition.Eligibility!.Districts!);
        Assert.Equal(["a-park", "housing"], definition.Questions[0].Options.Select(o => o.Id));
        Assert.Empty(PollDefinitionValidator.Validate(definition));
    }

    [Fact]
    public void ToDefinition_WithoutTimes_SaysWhich()
    {
        Assert.Equal("Give the opening time (date and time).", new PollDraftForm { Title = "T" }.ToDefinition(Copenhagen).Problem);
        Assert.Equal("Give the closing time (date and time).", new PollDraftForm { Title = "T", OpensAt = DateTime.Now }.ToDefinition(Copenhagen).Problem);
    }
}
