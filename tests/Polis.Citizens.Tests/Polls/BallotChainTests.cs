using Polis.Citizens.Polls.Ballots;

namespace Polis.Citizens.Tests.Polls;

public sealed class BallotChainTests
{
    private readonly List<BallotEntry> _log = SamplePolls.Chain(
        ("north", "use=park;extras=cafe"), ("south", "use=housing;extras=playground"), ("north", "use=park;extras=bike-path,cafe"), ("east", "use=school;extras=cafe"));

    [Fact]
    public void Verify_UntouchedLog_ValidWithHeadOfLastEntry()
    {
        var check = BallotChain.Verify(SamplePolls.PollId, _log);

        Assert.True(check.Valid, check.Reason);
        Assert.Equal(_log[^1].EntryHash, check.HeadHash);
        Assert.Equal(BallotChain.Genesis, _log[0].PreviousHash);
    }

    [Fact]
    public void Verify_ChangedAnswers_SecondEntryNamed()
    {
        _log[1] = _log[1] with { Answers = "use=park;extras=playground" };

        var check = BallotChain.Verify(SamplePolls.PollId, _log);

        Assert.False(check.Valid);
        Assert.Equal(2, check.FirstBadPosition);
        Assert.Contains("entry hash", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_RemovedEntry_PositionOfTheGapNamed()
    {
        _log.RemoveAt(1);

        Assert.Equal(2, BallotChain.Verify(SamplePolls.PollId, _log).FirstBadPosition);
    }

    [Fact]
    public void Verify_SwappedEntries_FirstMovedEntryNamed()
    {
        (_log[2], _log[3]) = (_log[3], _log[2]);

        Assert.Equal(3, BallotChain.Verify(SamplePolls.PollId, _log).FirstBadPosition);
    }

    [Fact]
    public void Verify_InsertedEntryRenumbered_InsertedEntryNamed()
    {
        // A forger who renumbers everything after the insert still cannot make the forged entry's hash fit without the chain breaking after it.
        var forged = _log[1] with { Sequence = 2, ReceiptHash = ReceiptCodes.Hash(ReceiptCodes.New()) };
        _log.Insert(1, forged);
        for (var i = 2; i < _log.Count; i++)
        {
            _log[i] = _log[i] with { Sequence = i + 1 };
        }

        Assert.Equal(2, BallotChain.Verify(SamplePolls.PollId, _log).FirstBadPosition);
    }

    [Fact]
    public void Verify_DistrictChanged_NamedEvenThoughHashFieldsUntouched()
    {
        _log[0] = _log[0] with { District = "south" };

        var check = BallotChain.Verify(SamplePolls.PollId, _log);

        Assert.Equal(1, check.FirstBadPosition);
        Assert.Contains("district", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_DistrictSuppressed_StillValid()
    {
        _log[3] = _log[3] with { District = null, DistrictSalt = null };

        Assert.True(BallotChain.Verify(SamplePolls.PollId, _log).Valid);
    }

    [Fact]
    public void Verify_AnotherPollsId_FirstEntryNamed()
    {
        Assert.Equal(1, BallotChain.Verify("poll-other", _log).FirstBadPosition);
    }

    [Fact]
    public void EntryHash_KnownInput_MatchesTheDocumentedEncoding()
    {
        // printf 'polis-ballot-log/1\np\n1\n<64 zeros>\nr\nd\nq=a' | sha256sum
        Assert.Equal("c7f6631e28609cf5574d6cb0805b50c37cf75b5a1f6f72ecad0f1b49864af0d7", BallotChain.EntryHash("p", 1, BallotChain.Genesis, "r", "d", "q=a"));
    }
}
