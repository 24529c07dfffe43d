using Polis.Citizens.Polls;
using Polis.Storage.Sqlite.Citizens;

namespace Polis.Citizens.Tests.Polls;

/// <summary>A migrated polis.db in its own temp directory with the poll stores over it; deleted on dispose.</summary>
internal sealed class PollDatabase : MigratedDatabase
{
    public PollDatabase()
        : base("polis-polls-")
    {
        Polls = new SqlitePollStore(Database);
        Box = new SqliteBallotBox(Database);
        Profiles = new SqliteResidentProfileStore(Database);
    }

    public SqlitePollStore Polls { get; }

    public SqliteBallotBox Box { get; }

    public SqliteResidentProfileStore Profiles { get; }

    /// <summary>Stores the sample poll, scheduled.</summary>
    public async Task<Poll> ScheduledPollAsync(string id = SamplePolls.PollId)
    {
        var poll = new Poll(id, SamplePolls.Definition(), PollStage.Draft, SamplePolls.OpensAt.AddDays(-1), "admin@city", SamplePolls.OpensAt.AddDays(-1), false);
        await Polls.CreateAsync(poll);
        Assert.True(await Polls.ScheduleAsync(id, SamplePolls.OpensAt.AddHours(-1)));
        return (await Polls.GetAsync(id))!;
    }
}
