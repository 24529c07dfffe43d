using Microsoft.Extensions.Time.Testing;
using Polis.Citizens.Reports.Moderation;

namespace Polis.Citizens.Tests.Reports.Moderation;

public sealed class ReportModerationTests
{
    private const string Text = "Car parked by Jensen on the pavement again, call Jensen at 20 30 40 50. jensenius agrees.";
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Start);
    private readonly ReportModeration _moderation;
    private readonly ModeratedReport _report = new("r1", Text, ["p1", "p2"]);

    public ReportModerationTests() => _moderation = new ReportModeration(_clock);

    private static ModeratedReport Done(ModerationResult result)
    {
        Assert.True(result.Succeeded, $"refused: {result.Refusal}");
        return result.Report!;
    }

    [Fact]
    public void RedactWords_WholeWordsCaseInsensitive_KeepsTheOriginal()
    {
        var report = Done(_moderation.RedactWords(_report, ["jensen", "20 30 40 50"], "mod-anna", "Personal data"));

        Assert.Equal("Car parked by [redacted] on the pavement again, call [redacted] at [redacted]. jensenius agrees.", report.PublicDescription);
        Assert.Equal(Text, report.Description);
        var act = Assert.Single(report.Acts);
        Assert.Equal(new ModerationAct(ModerationActKind.RedactText, "mod-anna", Start, "Personal data", "14+6,49+6,59+11"), act);
    }

    [Fact]
    public void RedactRanges_OverlappingAndTouching_ShowOneMarkerEach()
    {
        var report = Done(_moderation.RedactRanges(_report, [new(0, 3), new(2, 5), new(7, 3), new(14, 6)], "mod", "Rude"));

        Assert.Equal("[redacted] by [redacted] on the pavement again, call Jensen at 20 30 40 50. jensenius agrees.", report.PublicDescription);
        Assert.Equal([new TextRange(0, 10), new TextRange(14, 6)], report.Redactions);
    }

    [Fact]
    public void RedactRanges_Accumulate_AndRefuseWhatIsAlreadyRedacted()
    {
        var once = Done(_moderation.RedactRanges(_report, [new(0, 3)], "mod", "x"));
        _clock.Advance(TimeSpan.FromMinutes(5));
        var twice = Done(_moderation.RedactWords(once, ["Jensen"], "mod2", "y"));

        Assert.StartsWith("[redacted] parked by [redacted]", twice.PublicDescription, StringComparison.Ordinal);
        Assert.Equal([Start, Start.AddMinutes(5)], twice.Acts.Select(a => a.At));
        Assert.Equal(ModerationRefusal.NothingToRedact, _moderation.RedactRanges(twice, [new(1, 1)], "mod", "again").Refusal);
        Assert.Equal(ModerationRefusal.NothingToRedact, _moderation.RedactWords(twice, ["Bicycle"], "mod", "none").Refusal);
    }

    [Theory]
    [InlineData(-1, 3)]
    [InlineData(80, 20)]
    [InlineData(3, -2)]
    public void RedactRanges_OutsideTheText_IsRefused(int start, int length) =>
        Assert.Equal(ModerationRefusal.RangeOutsideText, _moderation.RedactRanges(_report, [new(start, length)], "mod", "x").Refusal);

    [Fact]
    public void HideAndUnhide_AreAuditedAndRefusedWhenUnchanged()
    {
        var hidden = Done(_moderation.Hide(_report, " mod ", " Spam "));
        Assert.True(hidden.Hidden);
        Assert.Equal(ModerationRefusal.Unchanged, _moderation.Hide(hidden, "mod", "again").Refusal);

        var shown = Done(_moderation.Unhide(hidden, "mod", "Appeal accepted"));

        Assert.False(shown.Hidden);
        Assert.Equal([ModerationActKind.Hide, ModerationActKind.Unhide], shown.Acts.Select(a => a.Kind));
        Assert.Equal(("mod", "Spam"), (shown.Acts[0].Moderator, shown.Acts[0].Reason));
        Assert.Equal(ModerationRefusal.Unchanged, _moderation.Unhide(_report, "mod", "x").Refusal);
    }

    [Fact]
    public void RedactPhoto_HidesItFromThePublicOnly()
    {
        var report = Done(_moderation.RedactPhoto(_report, "p1", "mod", "Shows a face"));

        Assert.Equal(["p2"], report.PublicPhotoIds);
        Assert.Equal(["p1", "p2"], report.PhotoIds);
        Assert.Equal("p1", report.Acts.Single().Detail);
        Assert.Equal(ModerationRefusal.PhotoAlreadyRedacted, _moderation.RedactPhoto(report, "p1", "mod", "x").Refusal);
        Assert.Equal(ModerationRefusal.UnknownPhoto, _moderation.RedactPhoto(report, "p9", "mod", "x").Refusal);
    }

    [Fact]
    public void EveryAct_WithoutModeratorOrReason_IsRefused()
    {
        Assert.Equal(ModerationRefusal.ModeratorRequired, _moderation.Hide(_report, " ", "Spam").Refusal);
        Assert.Equal(ModerationRefusal.ReasonRequired, _moderation.RedactPhoto(_report, "p1", "mod", "").Refusal);
        Assert.Equal(ModerationRefusal.ReasonRequired, _moderation.RedactWords(_report, ["Jensen"], "mod", " ").Refusal);
        foreach (var refusal in Enum.GetValues<ModerationRefusal>())
        {
            Assert.EndsWith(".", ModerationRefusals.Detail(refusal), StringComparison.Ordinal);
        }
    }
}
