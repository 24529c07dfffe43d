using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Polis.Storage.Sqlite;
using Polis.Storage.Sqlite.Transit;
using Polis.Transit.Feeds;

namespace Polis.Transit.Tests.Feeds;

/// <summary>A real polis.db in a temporary directory with the feed store and importer on a fake clock.</summary>
internal sealed class TransitStoreFixture : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "polis-transit-" + Guid.NewGuid().ToString("N")[..12]);

    public TransitStoreFixture(TransitFeedOptions? options = null)
    {
        Database = new SqliteDatabase(Path.Combine(_directory, "polis.db"));
        Database.Migrate();
        Options = Microsoft.Extensions.Options.Options.Create(options ?? new TransitFeedOptions());
        Store = new SqliteTransitFeedStore(Database, Options, Time);
        Importer = new TransitFeedImporter(Store, Options, Time, NullLogger<TransitFeedImporter>.Instance);
    }

    /// <summary>Inside the 2009 feeds' calendars (expired calendars are only warnings, but the dates matter to timetables).</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));

    public SqliteDatabase Database { get; }

    public IOptions<TransitFeedOptions> Options { get; }

    public SqliteTransitFeedStore Store { get; }

    public TransitFeedImporter Importer { get; }

    public TransitNetworkProvider Provider() => new(Store, Options, Time, NullLogger<TransitNetworkProvider>.Instance);

    public async Task<TransitFeedImportResult> ImportAsync(string realFeed)
    {
        await using var zip = RealFeeds.Open(realFeed);
        return await Importer.ImportAsync(zip, realFeed);
    }

    /// <summary>Rows in a table, all feed versions together.</summary>
    public long Count(string table)
    {
        using var connection = Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
