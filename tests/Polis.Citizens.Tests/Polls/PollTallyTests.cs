using Polis.Citizens.Polls.Ballots;
using Polis.Citizens.Polls.Results;

namespace Polis.Citizens.Tests.Polls;

public sealed class PollTallyTests
{
    [Fact]
    public void Count_ThreeBallots_TotalsPerOptionInPollOrderWithZeros()
    {
        var log = SamplePolls.Log(SamplePolls.Chain(("north", "use=park;extras=cafe"), ("north", "use=park;extras=bike-path,cafe"), ("south", "use=housing;extras=playground")));

        var results = PollTally.Count(log, k: 1, "head");

        Assert.Equal(3, results.Ballots);
        Assert.Equal([("park", 2), ("housing", 1), ("school", 0)], results.Totals[0].Options.Select(o => (o.Id, o.Count)));
        Assert.Equal([("playground", 1), ("cafe", 2), ("bike-path", 1)], results.Totals[1].Options.Select(o => (o.Id, o.Count)));
        Assert.Equal(["north", "south"], results.Districts.Select(d => d.District));
        Assert.Equal(0, results.SuppressedBallots);
    }

    [Fact]
    public void Count_DistrictBelowK_SuppressedButInTotals()
    {
        var log = SamplePolls.Log(SamplePolls.Chain(("north", "use=park;extras=cafe"), ("north", "use=school;extras=cafe"), ("south", "use=housing;extras=playground")));

        var results = PollTally.Count(log, k: 2, "head");

        var north = Assert.Single(results.Districts);
        Assert.Equal(("north", 2), (north.District, north.Ballots));
        Assert.Equal(1, results.SuppressedBallots);
        Assert.Equal(1, results.Totals[0].Options.Single(o => o.Id == "housing").Count);
    }

    [Fact]
    public void Suppress_SmallDistrict_DistrictAndSaltRemovedDigestKept()
    {
        var entries = SamplePolls.Chain(("north", "use=park;extras=cafe"), ("north", "use=park;extras=cafe"), ("south", "use=park;extras=cafe"));

        var published = PollTally.Suppress(entries, k: 2);

        Assert.Equal(["north", "north", null], published.Select(e => e.District));
        Assert.Null(published[2].DistrictSalt);
        Assert.Equal(entries[2].DistrictDigest, published[2].DistrictDigest);
        Assert.True(BallotChain.Verify(SamplePolls.PollId, published).Valid);
    }

    [Fact]
    public void Count_AnswerNotOffered_FormatExceptionNamesTheEntry()
    {
        var log = SamplePolls.Log(SamplePolls.Chain(("north", "use=casino;extras=cafe")));

        var error = Assert.Throws<FormatException>(() => PollTally.Count(log, 1, "head"));

        Assert.Contains("Entry 1", error.Message, StringComparison.Ordinal);
    }
}
