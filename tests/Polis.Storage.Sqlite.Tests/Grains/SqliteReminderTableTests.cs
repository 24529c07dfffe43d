using Orleans;
using Orleans.Runtime;
using Polis.Storage.Sqlite.Grains;

namespace Polis.Storage.Sqlite.Tests.Grains;

public sealed class SqliteReminderTableTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "polis-reminders-" + Guid.NewGuid().ToString("N")[..10]);
    private readonly SqliteReminderTable _table;
    private readonly SqliteDatabase _database;

    public SqliteReminderTableTests()
    {
        _database = new SqliteDatabase(Path.Combine(_directory, "polis.db"));
        _database.Migrate();
        _table = new SqliteReminderTable(_database);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static ReminderEntry Entry(string device, string name, int minutes = 5) => new()
    {
        GrainId = GrainId.Create("polis.device", device),
        ReminderName = name,
        StartAt = new DateTime(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc),
        Period = TimeSpan.FromMinutes(minutes),
    };

    [Fact]
    public async Task Upsert_ThenRead_RoundTripsAndVersionsTheETag()
    {
        var entry = Entry("aq-1", "inactivity");

        var first = await _table.UpsertRow(entry);
        var second = await _table.UpsertRow(Entry("aq-1", "inactivity", minutes: 10));
        var read = await new SqliteReminderTable(new SqliteDatabase(_database.FilePath)).ReadRow(entry.GrainId, "inactivity");

        Assert.NotEqual(first, second);
        Assert.Equal(second, read!.ETag);
        Assert.Equal(TimeSpan.FromMinutes(10), read.Period);
        Assert.Equal(entry.StartAt, read.StartAt);
        Assert.Equal(entry.GrainId, read.GrainId);
    }

    [Fact]
    public async Task RemoveRow_StaleETag_Refused()
    {
        var entry = Entry("aq-1", "inactivity");
        var stale = await _table.UpsertRow(entry);
        var fresh = await _table.UpsertRow(entry);

        Assert.False(await _table.RemoveRow(entry.GrainId, "inactivity", stale!));
        Assert.True(await _table.RemoveRow(entry.GrainId, "inactivity", fresh!));
        Assert.Null(await _table.ReadRow(entry.GrainId, "inactivity"));
    }

    [Fact]
    public async Task ReadRows_HashRanges_SplitTheRingWithoutGapsOrOverlap()
    {
        var entries = Enumerable.Range(0, 50).Select(i => Entry($"d{i}", "r")).ToList();
        foreach (var entry in entries)
        {
            await _table.UpsertRow(entry);
        }

        const uint Middle = uint.MaxValue / 2;
        var lower = (await _table.ReadRows(0, Middle)).Reminders;
        var upperWrapping = (await _table.ReadRows(Middle, 0)).Reminders;

        Assert.Equal(50, lower.Count + upperWrapping.Count);
        Assert.All(lower, r => Assert.InRange(r.GrainId.GetUniformHashCode(), 1u, Middle));
        Assert.Equal(entries.Select(e => e.GrainId).Order(), lower.Concat(upperWrapping).Select(r => r.GrainId).Order());
        Assert.Single((await _table.ReadRows(GrainId.Create("polis.device", "d7"))).Reminders);
    }
}
