using Polis.Citizens.Polls.Ballots;
using Polis.Citizens.Polls.Results;

namespace Polis.Citizens.Tests.Polls;

public sealed class BallotLogAuditorTests
{
    private readonly List<BallotEntry> _entries = SamplePolls.Chain(
        ("north", "use=park;extras=cafe"), ("north", "use=housing;extras=cafe"), ("south", "use=park;extras=playground"), ("north", "use=park;extras=bike-path"));

    private PollResults Published => PollTally.Count(SamplePolls.Log(_entries), k: 2, _entries[^1].EntryHash);

    [Fact]
    public void Audit_PublishedLogAndResults_Agree()
    {
        var results = Published;

        var audit = BallotLogAuditor.Audit(SamplePolls.PollId, SamplePolls.Log(PollTally.Suppress(_entries, 2)), results);

        Assert.True(audit.Agrees, audit.Summary);
        Assert.Contains("4 ballots", audit.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_LastEntryCutOff_DisagreesNamingIt()
    {
        var results = Published;

        var audit = BallotLogAuditor.Audit(SamplePolls.PollId, SamplePolls.Log(_entries[..3]), results);

        Assert.False(audit.Agrees);
        Assert.Equal(4, audit.FirstBadPosition);
    }

    [Fact]
    public void Audit_ResultsInflated_DisagreesOnTheOption()
    {
        var results = Published;
        var inflated = results with { Totals = [results.Totals[0] with { Options = [.. results.Totals[0].Options.Select(o => o.Id == "housing" ? o with { Count = 3 } : o)] }, results.Totals[1]] };

        var audit = BallotLogAuditor.Audit(SamplePolls.PollId, SamplePolls.Log(_entries), inflated);

        Assert.False(audit.Agrees);
        Assert.Contains("use=housing counts 1 in the log, 3 in the results", audit.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_AnswersChanged_DisagreesNamingTheEntry()
    {
        var results = Published;
        _entries[2] = _entries[2] with { Answers = "use=housing;extras=playground" };

        var audit = BallotLogAuditor.Audit(SamplePolls.PollId, SamplePolls.Log(_entries), results);

        Assert.Equal(3, audit.FirstBadPosition);
        Assert.StartsWith("Entry 3 is bad", audit.Summary, StringComparison.Ordinal);
    }
}
