using Polis.Citizens.Reports.Duplicates;

namespace Polis.Citizens.Tests.Reports.Duplicates;

public sealed class MeTooTallyTests
{
    [Fact]
    public void Add_NewResidents_CountOnceEach()
    {
        var tally = new MeTooTally("r1", "ann@example.org");

        (tally, var first) = tally.Add("bo@example.org");
        (tally, var second) = tally.Add("carl@example.org");

        Assert.Equal((MeTooOutcome.Counted, MeTooOutcome.Counted, 2), (first, second, tally.Count));
    }

    [Fact]
    public void Add_SameResidentAgainInOtherCase_IsNotCountedTwice()
    {
        var (tally, _) = new MeTooTally("r1", "ann@example.org").Add("bo@example.org");

        var (after, outcome) = tally.Add("  BO@Example.org ");

        Assert.Equal(MeTooOutcome.AlreadyCounted, outcome);
        Assert.Same(tally, after);
        Assert.Equal(1, after.Count);
    }

    [Fact]
    public void Add_TheOriginalsReporter_DoesNotCount()
    {
        var (tally, outcome) = new MeTooTally("r1", "Ann@example.org").Add("ann@example.org");

        Assert.Equal((MeTooOutcome.OwnReport, 0), (outcome, tally.Count));
    }

    [Fact]
    public void Constructor_StoredSupporters_AreDeduplicatedAndExcludeTheReporter()
    {
        var tally = new MeTooTally("r1", "ann", ["bo", "BO", "ann", "carl "]);

        Assert.Equal(["bo", "carl"], tally.Supporters);
        Assert.Throws<ArgumentException>(() => tally.Add(" "));
    }
}
