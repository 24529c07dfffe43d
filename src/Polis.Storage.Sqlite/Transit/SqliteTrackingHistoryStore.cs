using System.Runtime.CompilerServices;
using Polis.Transit.Tracking;

namespace Polis.Storage.Sqlite.Transit;

/// <summary>
/// Live tracking's history in the embedded database (migration 0015). The tracker writes a batch every few seconds,
/// never per report; each batch is one transaction (BEGIN IMMEDIATE, Microsoft.Data.Sqlite's default, so the
/// accuracy read-merge-write cannot interleave with another writer) and readers never see half of one.
/// </summary>
public sealed class SqliteTrackingHistoryStore(SqliteDatabase database) : ITrackingHistoryStore
{
    private static readonly string[] s_segmentKey = ["route_id", "from_stop_id", "to_stop_id", "day_type", "hour"];
    private static readonly string[] s_dwellKey = ["route_id", "stop_id", "day_type", "hour"];

    public async Task AppendAsync(TrackingHistoryBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.IsEmpty)
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await TrackingHistoryWrites.InsertStopEventsAsync(connection, batch.StopEvents, cancellationToken);
        await TrackingHistoryWrites.MergeStatisticsAsync(connection, "transit_segment_times", s_segmentKey,
            batch.Segments.Select(s => (new object[] { s.Key.RouteId, s.Key.FromStopId, s.Key.ToStopId, (int)s.Key.DayType, s.Key.Hour }, s.Stats)), cancellationToken);
        await TrackingHistoryWrites.MergeStatisticsAsync(connection, "transit_dwell_times", s_dwellKey,
            batch.Dwells.Select(d => (new object[] { d.Key.RouteId, d.Key.StopId, (int)d.Key.DayType, d.Key.Hour }, d.Stats)), cancellationToken);
        await TrackingHistoryWrites.MergeAccuracyAsync(connection, batch.Accuracy, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<(IReadOnlyList<SegmentStatistics> Segments, IReadOnlyList<DwellStatistics> Dwells)> LoadStatisticsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var segments = connection.CreateCommand();
        segments.CommandText = "SELECT route_id, from_stop_id, to_stop_id, day_type, hour, count, mean, m2 FROM transit_segment_times";
        var segmentRows = await segments.ReadAllAsync(
            r => new SegmentStatistics(new SegmentKey(r.GetString(0), r.GetString(1), r.GetString(2), (DayType)r.GetInt32(3), r.GetInt32(4)), TrackingHistoryRows.ReadStats(r, 5)),
            cancellationToken);
        await using var dwells = connection.CreateCommand();
        dwells.CommandText = "SELECT route_id, stop_id, day_type, hour, count, mean, m2 FROM transit_dwell_times";
        var dwellRows = await dwells.ReadAllAsync(
            r => new DwellStatistics(new DwellKey(r.GetString(0), r.GetString(1), (DayType)r.GetInt32(2), r.GetInt32(3)), TrackingHistoryRows.ReadStats(r, 4)),
            cancellationToken);
        return (segmentRows, dwellRows);
    }

    public async Task<IReadOnlyList<StopEvent>> ListStopEventsAsync(StopEventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var where = "event_time >= $from AND event_time < $to";
        if (query.RouteId is not null)
        {
            where += " AND route_id = $route";
            command.Parameters.AddWithValue("$route", query.RouteId);
        }

        if (query.StopId is not null)
        {
            where += " AND stop_id = $stop";
            command.Parameters.AddWithValue("$stop", query.StopId);
        }

        command.CommandText = $"SELECT {TrackingHistoryRows.StopEventColumns} FROM transit_stop_events WHERE {where} ORDER BY event_time, id LIMIT $limit";
        command.Parameters.AddWithValue("$from", query.From.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$to", query.To.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$limit", Math.Clamp(query.Limit, 0, 1_000_000));
        return await command.ReadAllAsync(TrackingHistoryRows.ReadStopEvent, cancellationToken);
    }

    /// <summary>
    /// One query read row by row (ix_transit_stop_events_time, or _route_time with a route), so a month of a city's
    /// events never sits in memory at once; the connection stays open while the caller enumerates.
    /// </summary>
    public async IAsyncEnumerable<StopEvent> StreamStopEventsAsync(DateTimeOffset from, DateTimeOffset to, string? routeId = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {TrackingHistoryRows.StopEventColumns} FROM transit_stop_events WHERE event_time >= $from AND event_time < $to"
            + (routeId is null ? string.Empty : " AND route_id = $route") + " ORDER BY event_time, id";
        command.Parameters.AddWithValue("$from", from.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$to", to.ToUnixTimeMilliseconds());
        if (routeId is not null)
        {
            command.Parameters.AddWithValue("$route", routeId);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return TrackingHistoryRows.ReadStopEvent(reader);
        }
    }

    public async Task<IReadOnlyList<AccuracyTally>> ListAccuracyAsync(DateOnly from, DateOnly to, string? routeId = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count, accurate, early, late, abs_error_sum, histogram, route_id, day, bucket FROM transit_prediction_accuracy WHERE day >= $from AND day <= $to"
            + (routeId is null ? string.Empty : " AND route_id = $route") + " ORDER BY day, route_id, bucket";
        command.Parameters.AddWithValue("$from", TrackingHistoryRows.Date(from));
        command.Parameters.AddWithValue("$to", TrackingHistoryRows.Date(to));
        if (routeId is not null)
        {
            command.Parameters.AddWithValue("$route", routeId);
        }

        return await command.ReadAllAsync(
            r => new AccuracyTally(r.GetString(6), TrackingHistoryRows.ParseDate(r.GetString(7)), r.GetInt32(8), TrackingHistoryRows.ReadCounts(r)), cancellationToken);
    }
}
