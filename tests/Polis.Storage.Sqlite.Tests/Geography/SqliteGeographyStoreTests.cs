using Polis.Platform.Geography;
using Polis.Storage.Sqlite.Geography;

namespace Polis.Storage.Sqlite.Tests.Geography;

/// <summary>The city's geography on a real SQLite file: stored in upload order, replaced as a whole.</summary>
public sealed class SqliteGeographyStoreTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "polis-geography-" + Guid.NewGuid().ToString("N")[..10]);
    private readonly SqliteGeographyStore _store;

    public SqliteGeographyStoreTests()
    {
        var database = new SqliteDatabase(Path.Combine(_directory, "polis.db"));
        database.Migrate();
        _store = new SqliteGeographyStore(database);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Replace_TwiceThenList_OnlyTheSecondSetInItsOrder()
    {
        await _store.ReplaceAsync([
            new GeographyFeature(GeographyKind.District, "old", "Old", """{"type":"Polygon","coordinates":[]}"""),
        ]);
        GeographyFeature[] second =
        [
            new(GeographyKind.Street, null, "Zeta Street", """{"type":"LineString","coordinates":[[1,2],[3,4]]}"""),
            new(GeographyKind.District, "harbour", "Harbour", """{"type":"Polygon","coordinates":[[[1,2],[3,4],[5,6],[1,2]]]}"""),
            new(GeographyKind.Street, "s-1", "Alpha Street", """{"type":"LineString","coordinates":[[5,6],[7,8]]}"""),
        ];
        await _store.ReplaceAsync(second);

        Assert.Equal(second, await _store.ListAsync());
    }

    [Fact]
    public async Task List_NothingUploaded_Empty()
    {
        Assert.Empty(await _store.ListAsync());
    }
}
