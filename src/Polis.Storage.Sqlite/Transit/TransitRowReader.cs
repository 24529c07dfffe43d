using Microsoft.Data.Sqlite;
using Polis.Transit.Gtfs;

namespace Polis.Storage.Sqlite.Transit;

/// <summary>Reads a stored feed version back into a <see cref="GtfsFeed"/>, rows in their file order, ids shared across rows.</summary>
internal sealed class TransitRowReader(SqliteConnection connection, SqliteTransaction transaction, long feedId)
{
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);

    public async Task<GtfsFeed> ReadFeedAsync(CancellationToken cancellationToken)
    {
        var feed = new GtfsFeed();
        await ReadAsync(TransitTables.Agencies, feed.Agencies, cancellationToken);
        await ReadAsync(TransitTables.Stops, feed.Stops, cancellationToken);
        await ReadAsync(TransitTables.Routes, feed.Routes, cancellationToken);
        await ReadAsync(TransitTables.Trips, feed.Trips, cancellationToken);
        await ReadAsync(TransitTables.StopTimes, feed.StopTimes, cancellationToken);
        await ReadAsync(TransitTables.Calendars, feed.Calendars, cancellationToken);
        await ReadAsync(TransitTables.CalendarDates, feed.CalendarDates, cancellationToken);
        await ReadAsync(TransitTables.ShapePoints, feed.ShapePoints, cancellationToken);
        await ReadAsync(TransitTables.Frequencies, feed.Frequencies, cancellationToken);
        var info = new List<GtfsFeedInfo>(1);
        await ReadAsync(TransitTables.FeedInfo, info, cancellationToken);
        feed.FeedInfo = info.FirstOrDefault();
        return feed;
    }

    private async Task ReadAsync<T>(TransitTableMap<T> map, List<T> into, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {string.Join(", ", map.Columns)} FROM {map.Table} WHERE feed_id = $id ORDER BY seq";
        command.Parameters.AddWithValue("$id", feedId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            into.Add(map.Read(reader, Share));
        }
    }

    private string Share(string value)
    {
        if (_strings.TryGetValue(value, out var shared))
        {
            return shared;
        }

        _strings.Add(value);
        return value;
    }
}
