using Polis.Citizens.Polls;
using Polis.Storage.Sqlite;
using Polis.Storage.Sqlite.Citizens;

namespace Polis.Citizens.Tests.Polls;

/// <summary>A migrated polis.db in its own temp directory with the poll stores over it; deleted on dispose.</summary>
internal sealed class PollDatabase : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "polis-polls-" + Guid.NewGuid().ToString("N")[..12]);

    public PollDatabase()
    {
        Database = new SqliteDatabase(Path.Combine(_directory, "polis.db"));
        Database.Migrate();
        Polls = new SqlitePollStore(Database);
        Box = new SqliteBallotBox(Database);
        Profiles = new SqliteResidentProfileStore(Database);
    }

    public SqliteDatabase Database { get; }

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

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp directory left behind is harmless.
        }
    }
}
