using Microsoft.Data.Sqlite;

namespace Polis.Citizens.Tests.Polls;

/// <summary>
/// Reads the real schema of a migrated polis.db: nothing in it links a ballot to a voter. The voters table names people
/// but holds no answers and no time; the ballots table holds answers but no voter, no time and no hidden rowid.
/// </summary>
public sealed class BallotSecrecySchemaTests : IDisposable
{
    private static readonly string[] VoterWords = ["user", "voter", "resident", "email", "account", "person", "name"];
    private static readonly string[] TimeWords = ["_at", "time", "date", "ts", "created", "updated"];

    private readonly PollDatabase _db = new();

    [Fact]
    public async Task Ballots_NoColumnOrKeyNamesAVoterOrATime()
    {
        var columns = await ColumnsAsync("citizens_ballots");

        Assert.Contains("answers", columns);
        Assert.DoesNotContain(columns, c => VoterWords.Any(w => c.Contains(w, StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(columns, c => TimeWords.Any(w => c.Contains(w, StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(["citizens_polls"], await ForeignTablesAsync("citizens_ballots"));
    }

    [Fact]
    public async Task Voters_OnlyPollAndUser_NoAnswersNoTime()
    {
        Assert.Equal(["poll_id", "user_id"], await ColumnsAsync("citizens_poll_voters"));
        Assert.Equal(["citizens_polls"], await ForeignTablesAsync("citizens_poll_voters"));
    }

    [Fact]
    public async Task VotersAndBallots_WithoutRowid_NoInsertionOrderToMatch()
    {
        // A rowid table numbers rows in insertion order; two such counters would line voters up with ballots.
        foreach (var table in (string[])["citizens_poll_voters", "citizens_ballots"])
        {
            await using var connection = await _db.Database.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT rowid FROM {table}";
            var error = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteScalarAsync());
            Assert.Contains("rowid", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Schema_OnlyVotersProfilesAndReportsReferToUsers_NothingJoinsThemToBallots()
    {
        var tablesWithUsers = new List<string>();
        foreach (var table in await TablesAsync())
        {
            if ((await ColumnsAsync(table)).Any(c => c.Contains("user", StringComparison.OrdinalIgnoreCase)) && table.StartsWith("citizens_", StringComparison.Ordinal))
            {
                tablesWithUsers.Add(table);
            }
        }

        // A report, a notification and an e-service request name their resident too (their own, not secret); a new
        // table that names residents must be added here on purpose, after checking it cannot be joined to a ballot.
        Assert.Equal(
            ["citizens_eservice_requests", "citizens_notifications", "citizens_poll_voters", "citizens_reports", "citizens_resident_profiles"],
            tablesWithUsers.Order(StringComparer.Ordinal));
        Assert.Empty((await ColumnsAsync("citizens_eservice_requests")).Intersect(await ColumnsAsync("citizens_ballots")));
        Assert.Empty((await ColumnsAsync("citizens_reports")).Intersect(await ColumnsAsync("citizens_ballots")));
        Assert.Empty((await ColumnsAsync("citizens_notifications")).Intersect(await ColumnsAsync("citizens_ballots")));
        var shared = (await ColumnsAsync("citizens_ballots")).Intersect(await ColumnsAsync("citizens_poll_voters")).ToList();
        Assert.Equal(["poll_id"], shared);
        foreach (var table in await TablesAsync())
        {
            Assert.DoesNotContain("citizens_ballots", await ForeignTablesAsync(table));
        }
    }

    public void Dispose() => _db.Dispose();

    private async Task<List<string>> TablesAsync() => await QueryAsync("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");

    private async Task<List<string>> ColumnsAsync(string table) => await QueryAsync($"SELECT name FROM pragma_table_info('{table}') ORDER BY cid");

    private async Task<List<string>> ForeignTablesAsync(string table) => await QueryAsync($"SELECT DISTINCT \"table\" FROM pragma_foreign_key_list('{table}')");

    private async Task<List<string>> QueryAsync(string sql)
    {
        await using var connection = await _db.Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
