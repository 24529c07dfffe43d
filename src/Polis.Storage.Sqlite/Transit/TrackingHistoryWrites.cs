using System.Globalization;
using Microsoft.Data.Sqlite;
using Polis.Transit.Tracking;

namespace Polis.Storage.Sqlite.Transit;

/// <summary>
/// The statements of one history batch, each prepared once and reused for every row of its kind. Aggregates merge
/// in SQL with Chan's formula (the stored and the pending Welford aggregates combine exactly); the accuracy
/// histogram is merged in code (read, add, write) inside the same immediate transaction.
/// </summary>
internal static class TrackingHistoryWrites
{
    public static async Task InsertStopEventsAsync(SqliteConnection connection, IReadOnlyList<StopEvent> events, CancellationToken cancellationToken)
    {
        await using var insert = connection.CreateCommand();
        insert.CommandText =
            """
            INSERT OR IGNORE INTO transit_stop_events (feed_id, run_key, trip_id, route_id, direction_id, stop_id, stop_sequence, service_date, vehicle_id,
                scheduled_arrival, scheduled_departure, actual_arrival, actual_departure, interpolated, event_time)
            VALUES ($feed, $run, $trip, $route, $direction, $stop, $sequence, $date, $vehicle, $schedArr, $schedDep, $arr, $dep, $interpolated, $time)
            """;
        string[] names = ["$feed", "$run", "$trip", "$route", "$direction", "$stop", "$sequence", "$date", "$vehicle", "$schedArr", "$schedDep", "$arr", "$dep", "$interpolated", "$time"];
        var p = names.Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
        foreach (var e in events)
        {
            object?[] values = [e.FeedId, e.RunKey, e.TripId, e.RouteId, e.DirectionId, e.StopId, e.StopSequence, TrackingHistoryRows.Date(e.ServiceDate), e.VehicleId,
                e.ScheduledArrival.ToUnixTimeMilliseconds(), e.ScheduledDeparture.ToUnixTimeMilliseconds(), e.ActualArrival?.ToUnixTimeMilliseconds(),
                e.ActualDeparture?.ToUnixTimeMilliseconds(), e.Interpolated ? 1 : 0, e.Time.ToUnixTimeMilliseconds()];
            for (var i = 0; i < values.Length; i++)
            {
                p[i].Value = values[i] ?? DBNull.Value;
            }

            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public static async Task MergeStatisticsAsync(SqliteConnection connection, string table, string[] keyColumns, IEnumerable<(object[] Key, RunningStats Stats)> rows, CancellationToken cancellationToken)
    {
        await using var upsert = connection.CreateCommand();
        var keys = string.Join(", ", keyColumns);
        var keyParameters = string.Join(", ", keyColumns.Select(c => "$" + c));
        upsert.CommandText =
            $"""
            INSERT INTO {table} ({keys}, count, mean, m2) VALUES ({keyParameters}, $count, $mean, $m2)
            ON CONFLICT ({keys}) DO UPDATE SET
                count = count + excluded.count,
                mean = mean + ((excluded.mean - mean) * excluded.count / (count + excluded.count)),
                m2 = m2 + excluded.m2 + ((excluded.mean - mean) * (excluded.mean - mean) * count * excluded.count / (count + excluded.count))
            """;
        var keyValues = keyColumns.Select(c => upsert.Parameters.Add("$" + c, SqliteType.Text)).ToArray();
        var count = upsert.Parameters.Add("$count", SqliteType.Integer);
        var mean = upsert.Parameters.Add("$mean", SqliteType.Real);
        var m2 = upsert.Parameters.Add("$m2", SqliteType.Real);
        foreach (var (key, stats) in rows)
        {
            for (var i = 0; i < key.Length; i++)
            {
                keyValues[i].Value = key[i];
            }

            count.Value = stats.Count;
            mean.Value = stats.Mean;
            m2.Value = stats.M2;
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public static async Task MergeAccuracyAsync(SqliteConnection connection, IReadOnlyList<AccuracyTally> tallies, CancellationToken cancellationToken)
    {
        await using var read = connection.CreateCommand();
        read.CommandText = "SELECT count, accurate, early, late, abs_error_sum, histogram FROM transit_prediction_accuracy WHERE day = $day AND route_id = $route AND bucket = $bucket";
        var readDay = read.Parameters.Add("$day", SqliteType.Text);
        var readRoute = read.Parameters.Add("$route", SqliteType.Text);
        var readBucket = read.Parameters.Add("$bucket", SqliteType.Integer);
        await using var write = connection.CreateCommand();
        write.CommandText =
            """
            INSERT OR REPLACE INTO transit_prediction_accuracy (route_id, day, bucket, count, accurate, early, late, abs_error_sum, histogram)
            VALUES ($route, $day, $bucket, $count, $accurate, $early, $late, $sum, $histogram)
            """;
        foreach (var tally in tallies)
        {
            readDay.Value = TrackingHistoryRows.Date(tally.Day);
            readRoute.Value = tally.RouteId;
            readBucket.Value = tally.Bucket;
            var merged = (await read.ReadAllAsync(TrackingHistoryRows.ReadCounts, cancellationToken)).FirstOrDefault() ?? new AccuracyCounts();
            merged.Merge(tally.Counts);
            write.Parameters.Clear();
            write.Parameters.AddWithValue("$route", tally.RouteId);
            write.Parameters.AddWithValue("$day", TrackingHistoryRows.Date(tally.Day));
            write.Parameters.AddWithValue("$bucket", tally.Bucket);
            write.Parameters.AddWithValue("$count", merged.Count);
            write.Parameters.AddWithValue("$accurate", merged.Accurate);
            write.Parameters.AddWithValue("$early", merged.Early);
            write.Parameters.AddWithValue("$late", merged.Late);
            write.Parameters.AddWithValue("$sum", merged.AbsoluteErrorSum);
            write.Parameters.AddWithValue("$histogram", string.Join(',', merged.Histogram.Select(c => c.ToString(CultureInfo.InvariantCulture))));
            await write.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
