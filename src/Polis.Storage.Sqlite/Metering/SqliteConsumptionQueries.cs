using System.Globalization;
using System.Text.Json;
using Polis.Metering.Detection;
using Polis.Metering.Meters;

namespace Polis.Storage.Sqlite.Metering;

/// <summary>
/// District consumption in one statement: the days arrive as a JSON array of [date, from s, to s]; for each meter of
/// the kind and each installation of it, the intervals of each day inside the installation are a range scan of the
/// (meter, start) primary key, summed by day and the service point's district.
/// </summary>
public sealed class SqliteConsumptionQueries(SqliteDatabase database) : IConsumptionQueries
{
    private const string Sql =
        """
        WITH days(day, d_from, d_to) AS (SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each($days))
        SELECT days.day, sp.district_id,
               TOTAL(CASE WHEN i.quality <> 3 THEN i.quantity END), COUNT(DISTINCT m.key), TOTAL(i.quality = 3)
        FROM metering_meters m
        JOIN metering_installations inst ON inst.meter_id = m.id
        JOIN metering_service_points sp ON sp.id = inst.service_point_id
        JOIN days
        JOIN metering_intervals i ON i.meter_key = m.key AND i.start_at >= days.d_from AND i.start_at < days.d_to
        WHERE m.kind = $kind AND i.start_at * 1000 >= inst.installed_at AND (inst.removed_at IS NULL OR i.start_at * 1000 < inst.removed_at)
        GROUP BY days.day, sp.district_id
        ORDER BY days.day, sp.district_id
        """;

    public async Task<IReadOnlyList<DistrictDay>> DistrictDailyAsync(
        IReadOnlyList<(DateOnly Date, DateTimeOffset From, DateTimeOffset To)> days, MeterKind kind, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(days);
        var json = JsonSerializer.Serialize(days.Select(d => new object[]
        {
            d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), IntervalRows.CeilingSeconds(d.From), IntervalRows.CeilingSeconds(d.To),
        }));
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        MeteringRows.Bind(command, ("$days", json), ("$kind", (int)kind));
        return await command.ReadAllAsync(
            r => new DistrictDay(DateOnly.ParseExact(r.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture), r.IsDBNull(1) ? null : r.GetString(1),
                r.GetDouble(2), r.GetInt32(3), (int)r.GetDouble(4)),
            cancellationToken);
    }
}
