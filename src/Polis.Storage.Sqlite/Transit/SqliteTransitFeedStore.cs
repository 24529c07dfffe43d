using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Polis.Transit.Feeds;
using Polis.Transit.Gtfs;

namespace Polis.Storage.Sqlite.Transit;

/// <summary>
/// Feed versions in polis.db (see 0013_transit_feeds.sql). polis.db also takes telemetry's group commits through a
/// single writer, so every write here is short: rows go in chunks of <see cref="TransitFeedOptions.WriteChunkRows"/>,
/// activation is one small transaction (retire the active version, activate the new one), and deletion runs in chunks too.
/// </summary>
public sealed class SqliteTransitFeedStore(SqliteDatabase database, IOptions<TransitFeedOptions> options, TimeProvider time) : ITransitFeedStore
{
    private const string VersionColumns = "id, status, file_name, sha256, feed_version, row_counts_json, warnings, infos, imported_at, activated_at";

    public async Task<TransitFeedVersion> AddAsync(TransitFeedDraft draft, GtfsFeed feed, IProgress<GtfsImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(feed);
        await using var connection = await database.OpenAsync(cancellationToken);
        var id = await InsertVersionAsync(connection, draft, cancellationToken);
        try
        {
            // Rows of an importing version need not survive a power cut on their own: nobody reads them, and an
            // interrupted import is removed anyway. So chunks commit without waiting for fsync (WAL keeps the file
            // consistent); activation commits on a synchronous=FULL connection, whose fsync covers every frame before it.
            await using (var relaxed = connection.CreateCommand())
            {
                relaxed.CommandText = "PRAGMA synchronous=NORMAL";
                await relaxed.ExecuteNonQueryAsync(cancellationToken);
            }

            var total = (long)feed.Agencies.Count + feed.Stops.Count + feed.Routes.Count + feed.Trips.Count + feed.StopTimes.Count + feed.Calendars.Count
                + feed.CalendarDates.Count + feed.ShapePoints.Count + feed.Frequencies.Count + (feed.FeedInfo is null ? 0 : 1);
            var writer = new TransitRowWriter(connection, id, options.Value.WriteChunkRows, NowMs, progress, total);
            writer.Write(TransitTables.Agencies, feed.Agencies, cancellationToken);
            writer.Write(TransitTables.Stops, feed.Stops, cancellationToken);
            writer.Write(TransitTables.Routes, feed.Routes, cancellationToken);
            writer.Write(TransitTables.Trips, feed.Trips, cancellationToken);
            writer.Write(TransitTables.Calendars, feed.Calendars, cancellationToken);
            writer.Write(TransitTables.CalendarDates, feed.CalendarDates, cancellationToken);
            writer.Write(TransitTables.Frequencies, feed.Frequencies, cancellationToken);
            writer.Write(TransitTables.FeedInfo, feed.FeedInfo is { } info ? [info] : [], cancellationToken);
            writer.Write(TransitTables.ShapePoints, feed.ShapePoints, cancellationToken);
            writer.Write(TransitTables.StopTimes, feed.StopTimes, cancellationToken);
        }
        catch
        {
            // Cancelled or failed half-way: remove it now rather than waiting for it to go stale (if this fails too,
            // RemoveAbandonedAsync will; the original exception is the one worth reporting).
            try
            {
                await SetStatusAsync(connection, id, TransitFeedStatus.Deleting, CancellationToken.None);
                await PurgeAsync(connection, id, CancellationToken.None);
            }
            catch (SqliteException)
            {
            }

            throw;
        }

        return (await GetAsync(connection, id, cancellationToken))!;
    }

    public async Task<TransitFeedVersion?> ActivateAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var retire = connection.CreateCommand())
        {
            // Retire first: the unique index allows one active version at any moment, even inside the transaction.
            retire.Transaction = transaction;
            retire.CommandText = "UPDATE transit_feeds SET status = 'retired' WHERE status = 'active' AND EXISTS (SELECT 1 FROM transit_feeds WHERE id = $id AND status = 'importing')";
            retire.Parameters.AddWithValue("$id", id);
            await retire.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var activate = connection.CreateCommand();
        activate.Transaction = transaction;
        activate.CommandText = "UPDATE transit_feeds SET status = 'active', activated_at = $now WHERE id = $id AND status = 'importing'";
        activate.Parameters.AddWithValue("$id", id);
        activate.Parameters.AddWithValue("$now", NowMs());
        if (await activate.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            return null;
        }

        await transaction.CommitAsync(cancellationToken);
        return await GetAsync(connection, id, cancellationToken);
    }

    public async Task<TransitFeedVersion?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await GetAsync(connection, id, cancellationToken);
    }

    public async Task<TransitFeedVersion?> GetActiveAsync(CancellationToken cancellationToken = default) =>
        (await QueryVersionsAsync("WHERE status = 'active'", cancellationToken)).FirstOrDefault();

    public async Task<IReadOnlyList<TransitFeedVersion>> ListAsync(CancellationToken cancellationToken = default) =>
        await QueryVersionsAsync("WHERE status IN ('active', 'retired') ORDER BY id DESC", cancellationToken);

    public async Task<string?> GetReportJsonAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT report_json FROM transit_feeds WHERE id = $id AND status IN ('active', 'retired')";
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task<GtfsFeed?> LoadAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        if (await GetAsync(connection, id, cancellationToken) is not { Status: TransitFeedStatus.Active or TransitFeedStatus.Retired })
        {
            return null;
        }

        // One read transaction: a snapshot of the feed even if it is retired and deleted meanwhile.
        await using var transaction = connection.BeginTransaction(deferred: true);
        return await new TransitRowReader(connection, transaction, id).ReadFeedAsync(cancellationToken);
    }

    public async Task<TransitFeedDeletion> DeleteAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using (var mark = connection.CreateCommand())
        {
            mark.CommandText = "UPDATE transit_feeds SET status = 'deleting' WHERE id = $id AND status = 'retired'";
            mark.Parameters.AddWithValue("$id", id);
            if (await mark.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return await GetAsync(connection, id, cancellationToken) is { Status: TransitFeedStatus.Active } ? TransitFeedDeletion.Active : TransitFeedDeletion.NotFound;
            }
        }

        await PurgeAsync(connection, id, cancellationToken);
        return TransitFeedDeletion.Deleted;
    }

    public async Task<int> RemoveAbandonedAsync(DateTimeOffset staleBefore, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var ids = new List<long>();
        await using (var find = connection.CreateCommand())
        {
            find.CommandText = "SELECT id FROM transit_feeds WHERE status = 'deleting' OR (status = 'importing' AND heartbeat_at < $before)";
            find.Parameters.AddWithValue("$before", staleBefore.ToUnixTimeMilliseconds());
            ids.AddRange(await find.ReadAllAsync(r => r.GetInt64(0), cancellationToken));
        }

        foreach (var id in ids)
        {
            await SetStatusAsync(connection, id, TransitFeedStatus.Deleting, cancellationToken);
            await PurgeAsync(connection, id, cancellationToken);
        }

        return ids.Count;
    }

    private long NowMs() => time.GetUtcNow().ToUnixTimeMilliseconds();

    private async Task<long> InsertVersionAsync(SqliteConnection connection, TransitFeedDraft draft, CancellationToken cancellationToken)
    {
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO transit_feeds (status, file_name, sha256, feed_version, row_counts_json, warnings, infos, report_json, imported_at, heartbeat_at)
            VALUES ('importing', $file, $sha, $version, $counts, $warnings, $infos, $report, $now, $now) RETURNING id
            """;
        insert.Parameters.AddWithValue("$file", draft.FileName);
        insert.Parameters.AddWithValue("$sha", draft.Sha256);
        insert.Parameters.AddWithValue("$version", (object?)draft.FeedVersion ?? DBNull.Value);
        insert.Parameters.AddWithValue("$counts", JsonSerializer.Serialize(draft.RowCounts));
        insert.Parameters.AddWithValue("$warnings", draft.Warnings);
        insert.Parameters.AddWithValue("$infos", draft.Infos);
        insert.Parameters.AddWithValue("$report", draft.ReportJson);
        insert.Parameters.AddWithValue("$now", NowMs());
        return (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task SetStatusAsync(SqliteConnection connection, long id, TransitFeedStatus status, CancellationToken cancellationToken)
    {
        await using var update = connection.CreateCommand();
        update.CommandText = "UPDATE transit_feeds SET status = $status WHERE id = $id AND status <> 'active'";
        update.Parameters.AddWithValue("$status", StatusText(status));
        update.Parameters.AddWithValue("$id", id);
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Deletes a version's rows a chunk at a time, then the version itself.</summary>
    private async Task PurgeAsync(SqliteConnection connection, long id, CancellationToken cancellationToken)
    {
        foreach (var table in TransitTables.Names)
        {
            await using var delete = connection.CreateCommand();
            delete.CommandText = $"DELETE FROM {table} WHERE feed_id = $id AND seq IN (SELECT seq FROM {table} WHERE feed_id = $id LIMIT $chunk)";
            delete.Parameters.AddWithValue("$id", id);
            delete.Parameters.AddWithValue("$chunk", options.Value.WriteChunkRows);
            while (await delete.ExecuteNonQueryAsync(cancellationToken) > 0)
            {
            }
        }

        await using var version = connection.CreateCommand();
        version.CommandText = "DELETE FROM transit_feeds WHERE id = $id AND status = 'deleting'";
        version.Parameters.AddWithValue("$id", id);
        await version.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<List<TransitFeedVersion>> QueryVersionsAsync(string where, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {VersionColumns} FROM transit_feeds {where}";
        return await command.ReadAllAsync(ReadVersion, cancellationToken);
    }

    private static async Task<TransitFeedVersion?> GetAsync(SqliteConnection connection, long id, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {VersionColumns} FROM transit_feeds WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return (await command.ReadAllAsync(ReadVersion, cancellationToken)).FirstOrDefault();
    }

    private static TransitFeedVersion ReadVersion(SqliteDataReader r) => new(
        r.GetInt64(0),
        Enum.Parse<TransitFeedStatus>(r.GetString(1), ignoreCase: true),
        r.GetString(2),
        r.GetString(3),
        r.IsDBNull(4) ? null : r.GetString(4),
        JsonSerializer.Deserialize<Dictionary<string, int>>(r.GetString(5))!,
        r.GetInt32(6),
        r.GetInt32(7),
        DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(8)),
        r.IsDBNull(9) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(9)));

    private static string StatusText(TransitFeedStatus status) => status.ToString().ToLowerInvariant();
}
