using Microsoft.Data.Sqlite;
using Polis.Metering.Processing;
using Polis.Metering.Readings;

namespace Polis.Storage.Sqlite.Metering;

/// <summary>
/// VEE statistics in SQL over metering_intervals: the selected meters (kind; installed in the district during the
/// range) are joined on the interval table's primary key, so each meter's range is one b-tree range scan and only
/// aggregates leave the database.
/// </summary>
public sealed class SqliteVeeStatsStore(SqliteDatabase database) : IVeeStatsStore
{
    private const string Selected =
        """
        WITH selected AS (
            SELECT m.key, m.id FROM metering_meters m
            WHERE ($kind IS NULL OR m.kind = $kind)
              AND ($district IS NULL OR EXISTS (
                  SELECT 1 FROM metering_installations i JOIN metering_service_points s ON s.id = i.service_point_id
                  WHERE i.meter_id = m.id AND s.district_id = $district AND i.installed_at < $toMs AND (i.removed_at IS NULL OR i.removed_at > $fromMs)))),
        ranged AS (
            SELECT selected.id AS meter_id, v.start_at, v.minutes, v.quality, v.rule FROM selected
            JOIN metering_intervals v ON v.meter_key = selected.key AND v.start_at >= $from AND v.start_at < $to),
        per_meter AS (
            SELECT meter_id, COUNT(*) AS n, SUM(quality = 3) AS questionable,
                (MAX(start_at) - MIN(start_at)) / (MIN(minutes) * 60) + 1 - COUNT(*) AS missing
            FROM ranged GROUP BY meter_id)
        """;

    public async Task<VeeStatsData> AggregateAsync(VeeStatsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await database.OpenAsync(cancellationToken);
        var qualities = (await ReadAsync(connection, query, "SELECT quality, COUNT(*) FROM ranged GROUP BY quality", r => ((ReadingQuality)r.GetInt32(0), r.GetInt64(1)), cancellationToken))
            .ToDictionary(q => q.Item1, q => q.Item2);
        var rules = (await ReadAsync(connection, query, "SELECT rule, COUNT(*) FROM ranged WHERE rule IS NOT NULL GROUP BY rule", r => (r.GetString(0), r.GetInt64(1)), cancellationToken))
            .ToDictionary(q => q.Item1, q => q.Item2, StringComparer.Ordinal);
        var (meters, missing) = (await ReadAsync(connection, query, "SELECT COUNT(*), COALESCE(SUM(missing), 0) FROM per_meter", r => (r.GetInt32(0), r.GetInt64(1)), cancellationToken))[0];
        var top = await ReadAsync(connection, query,
            $"SELECT meter_id, questionable FROM per_meter WHERE questionable > 0 ORDER BY questionable DESC, meter_id LIMIT {VeeStatsQuery.TopMeters}",
            r => new MeterQuestionableCount(r.GetString(0), r.GetInt64(1)), cancellationToken);
        var quarters = await ReadAsync(connection, query, "SELECT start_at / 900 * 900, quality, COUNT(*) FROM ranged GROUP BY 1, 2 ORDER BY 1",
            r => new QuarterHourCount(IntervalRows.Instant(r.GetInt64(0)), (ReadingQuality)r.GetInt32(1), r.GetInt64(2)), cancellationToken);
        return new VeeStatsData(qualities, rules, meters, missing, top, quarters);
    }

    private static async Task<List<T>> ReadAsync<T>(SqliteConnection connection, VeeStatsQuery query, string select, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Selected + select;
        MeteringRows.Bind(command, ("$kind", query.Kind is { } kind ? (int)kind : null), ("$district", query.DistrictId),
            ("$from", IntervalRows.CeilingSeconds(query.From)), ("$to", IntervalRows.CeilingSeconds(query.To)),
            ("$fromMs", MeteringRows.Ms(query.From)), ("$toMs", MeteringRows.Ms(query.To)));
        return [.. await command.ReadAllAsync(read, cancellationToken)];
    }
}
