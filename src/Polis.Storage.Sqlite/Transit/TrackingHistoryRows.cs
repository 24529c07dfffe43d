using System.Globalization;
using Microsoft.Data.Sqlite;
using Polis.Transit.Tracking;

namespace Polis.Storage.Sqlite.Transit;

/// <summary>Rows of the tracking history tables to records and back.</summary>
internal static class TrackingHistoryRows
{
    public const string StopEventColumns =
        "feed_id, run_key, trip_id, route_id, direction_id, stop_id, stop_sequence, service_date, vehicle_id, scheduled_arrival, scheduled_departure, actual_arrival, actual_departure, interpolated";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static StopEvent ReadStopEvent(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetInt32(4), r.GetString(5), r.GetInt32(6),
        ParseDate(r.GetString(7)), r.GetString(8), Instant(r.GetInt64(9)), Instant(r.GetInt64(10)),
        r.IsDBNull(11) ? null : Instant(r.GetInt64(11)), r.IsDBNull(12) ? null : Instant(r.GetInt64(12)), r.GetInt64(13) != 0);

    /// <summary>count, accurate, early, late, abs_error_sum, histogram (a malformed histogram reads as empty, never throws).</summary>
    public static AccuracyCounts ReadCounts(SqliteDataReader r)
    {
        var bins = new List<long>();
        foreach (var part in r.GetString(5).Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            bins.Add(long.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0);
        }

        return new AccuracyCounts(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetDouble(4), bins);
    }

    public static RunningStats ReadStats(SqliteDataReader r, int first) => new(r.GetInt64(first), r.GetDouble(first + 1), r.GetDouble(first + 2));

    private static DateTimeOffset Instant(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
}
