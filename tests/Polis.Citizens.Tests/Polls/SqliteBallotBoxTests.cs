using Polis.Citizens.Polls.Ballots;
using Polis.Citizens.Polls.Results;

namespace Polis.Citizens.Tests.Polls;

/// <summary>The ballot box in a real SQLite file: one ballot per resident under concurrency, a valid chain, sealing.</summary>
public sealed class SqliteBallotBoxTests : IDisposable
{
    private readonly PollDatabase _db = new();

    [Fact]
    public async Task CastAsync_FiftyConcurrentVotesOfOneResident_ExactlyOneBallot()
    {
        await _db.ScheduledPollAsync();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() =>
            _db.Box.CastAsync(SamplePolls.PollId, "user-a", ReceiptCodes.Hash(ReceiptCodes.New()), "north", i % 2 == 0 ? "use=park;extras=cafe" : "use=school;extras=cafe"))));

        Assert.Equal(1, outcomes.Count(o => o == BallotCastOutcome.Recorded));
        Assert.Equal(49, outcomes.Count(o => o == BallotCastOutcome.AlreadyVoted));
        Assert.Single(await _db.Box.ReadEntriesAsync(SamplePolls.PollId));
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM citizens_poll_voters"));
        Assert.True(await _db.Box.HasVotedAsync(SamplePolls.PollId, "user-a"));
    }

    [Fact]
    public async Task CastAsync_ManyResidentsConcurrently_OneChainedBallotEach()
    {
        await _db.ScheduledPollAsync();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() =>
            _db.Box.CastAsync(SamplePolls.PollId, $"user-{i}", ReceiptCodes.Hash(ReceiptCodes.New()), i % 3 == 0 ? "south" : "north", "use=park;extras=cafe"))));

        Assert.All(outcomes, o => Assert.Equal(BallotCastOutcome.Recorded, o));
        var entries = await _db.Box.ReadEntriesAsync(SamplePolls.PollId);
        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long)i), entries.Select(e => e.Sequence));
        Assert.True(BallotChain.Verify(SamplePolls.PollId, entries).Valid);
    }

    [Fact]
    public async Task SealAsync_ThenCast_RefusedAndResultsKept()
    {
        var poll = await _db.ScheduledPollAsync();
        await _db.Box.CastAsync(SamplePolls.PollId, "user-a", ReceiptCodes.Hash(ReceiptCodes.New()), "north", "use=park;extras=cafe");

        var results = await _db.Box.SealAsync(SamplePolls.PollId, entries => PollTally.Count(SamplePolls.Log(entries), 10, entries[^1].EntryHash));
        var late = await _db.Box.CastAsync(SamplePolls.PollId, "user-b", ReceiptCodes.Hash(ReceiptCodes.New()), "north", "use=school;extras=cafe");

        Assert.Equal(BallotCastOutcome.Sealed, late);
        Assert.False(await _db.Box.HasVotedAsync(SamplePolls.PollId, "user-b"));
        var stored = await _db.Box.GetResultsAsync(SamplePolls.PollId);
        Assert.Equal(1, stored!.Ballots);
        Assert.Equal(results.LogHeadHash, stored.LogHeadHash);
        Assert.True((await _db.Polls.GetAsync(poll.Id))!.ResultsPublished);
        var again = await _db.Box.SealAsync(SamplePolls.PollId, _ => throw new InvalidOperationException("counted again after sealing"));
        Assert.Equal(stored.LogHeadHash, again.LogHeadHash);
    }

    [Fact]
    public async Task CastAsync_ReceiptHashUsedTwice_SecondRefusedWithNoVoterRowLeft()
    {
        await _db.ScheduledPollAsync();
        var receipt = ReceiptCodes.Hash(ReceiptCodes.New());
        await _db.Box.CastAsync(SamplePolls.PollId, "user-a", receipt, "north", "use=park;extras=cafe");

        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => _db.Box.CastAsync(SamplePolls.PollId, "user-b", receipt, "north", "use=park;extras=cafe"));

        // The transaction rolled back: user-b did not "vote" without a ballot.
        Assert.False(await _db.Box.HasVotedAsync(SamplePolls.PollId, "user-b"));
    }

    public void Dispose() => _db.Dispose();

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = await _db.Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
