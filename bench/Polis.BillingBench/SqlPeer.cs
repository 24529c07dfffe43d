using System.Diagnostics;
using System.Globalization;
using Polis.Storage.Sqlite;

namespace Polis.BillingBench;

/// <summary>
/// The peer: the same aggregation as one plain SQL statement in SQLite over the same table — per meter, the month's
/// consumption by time-of-use bucket from the local hour and weekday (November in Copenhagen is UTC+1 throughout,
/// no holiday), then the same lines rounded to the cent, VAT on their sum, and the grand total. SQLite streams the
/// GROUP BY along the (meter, start) clustered key; it checks neither coverage nor quality beyond skipping
/// Questionable values, and writes nothing.
/// </summary>
internal static class SqlPeer
{
    private const string Sql =
        """
        WITH hours AS (
            SELECT meter_key, quantity,
                   CAST(strftime('%H', start_at + 3600, 'unixepoch') AS INTEGER) AS hour,
                   CAST(strftime('%w', start_at + 3600, 'unixepoch') AS INTEGER) AS weekday
            FROM metering_intervals WHERE start_at >= $from AND start_at < $to AND quality <> 3
        ), buckets AS (
            SELECT meter_key, COUNT(*) AS n, SUM(quantity) AS total,
                   SUM(CASE WHEN hour < 6 THEN quantity ELSE 0 END) AS night,
                   SUM(CASE WHEN weekday BETWEEN 1 AND 5 AND hour >= 17 AND hour < 21 THEN quantity ELSE 0 END) AS peak
            FROM hours GROUP BY meter_key
        ), lines AS (
            SELECT n, round(round(night, 6) * 0.95, 2) + round(round(total - night - peak, 6) * 1.45, 2) + round(round(peak, 6) * 2.85, 2)
                      + round($days * 1.50, 2) + round(round(total, 6) * 0.727, 2) AS subtotal
            FROM buckets
        )
        SELECT COUNT(*), SUM(n), SUM(subtotal + round(subtotal * 0.25, 2)) FROM lines
        """;

    public static (int Bills, long Readings, decimal Total, double Seconds) Run(SqliteDatabase database, DateTimeOffset fromUtc, DateTimeOffset toUtc, int days)
    {
        var clock = Stopwatch.StartNew();
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.Parameters.AddWithValue("$from", fromUtc.ToUnixTimeSeconds());
        command.Parameters.AddWithValue("$to", toUtc.ToUnixTimeSeconds());
        command.Parameters.AddWithValue("$days", days);
        using var reader = command.ExecuteReader();
        reader.Read();
        var result = (reader.GetInt32(0), reader.GetInt64(1), Math.Round(Convert.ToDecimal(reader.GetDouble(2), CultureInfo.InvariantCulture), 2), 0d);
        return result with { Item4 = clock.Elapsed.TotalSeconds };
    }
}
