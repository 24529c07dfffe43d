using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Polis.Metering.Readings;
using Polis.Metering.Tariffs;
using Polis.Storage.Sqlite;
using Polis.Storage.Sqlite.Metering;

namespace Polis.BillingBench;

/// <summary>
/// Builds the benchmark's polis.db once: accounts, service points, electricity meters installed since 2026-01-01 and
/// the tariff assigned (plain inserts in one transaction: registry rows are not what is measured), then one month of
/// hourly Valid values per meter through <see cref="SqliteIntervalStore.SaveAsync"/> in big transactions.
/// </summary>
internal static class BenchData
{
    private const int MetersPerSave = 500;

    public static async Task GenerateAsync(SqliteDatabase database, int accounts, DateTimeOffset fromUtc, int hours)
    {
        var clock = Stopwatch.StartNew();
        database.Migrate();
        var now = DateTimeOffset.UtcNow;
        await new SqliteTariffStore(database).CreateAsync(new StoredTariff(BenchTariff.Tariff, now, now, "bench"));
        using (var connection = database.Open())
        using (var transaction = connection.BeginTransaction())
        {
            Insert(connection, accounts, "INSERT INTO metering_accounts (id, name, kind, created_at, updated_at) VALUES ('acct-' || $n, 'Household ' || $n, 0, 0, 0)");
            Insert(connection, accounts, "INSERT INTO metering_service_points (id, account_id, kind, address, occupied, created_at, updated_at) VALUES ('sp-' || $n, 'acct-' || $n, 0, 'Street ' || $n, 1, 0, 0)");
            Insert(connection, accounts, "INSERT INTO metering_meters (id, kind, serial, multiplier, interval_minutes, created_at, updated_at) VALUES ('m-' || $n, 0, 'SN-' || $n, 1, 60, 0, 0)");
            Insert(connection, accounts, "INSERT INTO metering_installations (meter_id, service_point_id, installed_at) VALUES ('m-' || $n, 'sp-' || $n, 1767222000000)");
            Insert(connection, accounts,
                "INSERT INTO metering_tariff_assignments (service_point_id, meter_kind, tariff_id, from_date, assigned_at, assigned_by) VALUES ('sp-' || $n, 0, 'electricity-tou', '2026-01-01', 0, 'bench')");
            transaction.Commit();
        }

        Console.WriteLine($"registry rows: {accounts:N0} accounts in {clock.Elapsed.TotalSeconds:N1} s");
        var store = new SqliteIntervalStore(database);
        for (var first = 0; first < accounts; first += MetersPerSave)
        {
            var writes = Enumerable.Range(first, Math.Min(MetersPerSave, accounts - first))
                .Select(n => new IntervalWrite($"m-{n}", Month(n, fromUtc, hours), [], "bench", now)).ToList();
            await store.SaveAsync(writes);
            if ((first / MetersPerSave) % 20 == 0)
            {
                Console.WriteLine($"values: {(long)(first + writes.Count) * hours:N0} rows after {clock.Elapsed.TotalSeconds:N0} s");
            }
        }

        Console.WriteLine($"generated {(long)accounts * hours:N0} values in {clock.Elapsed.TotalSeconds:N0} s");
    }

    /// <summary>A household's hours: a base load, more in the evening, its own scale, all deterministic per meter.</summary>
    private static StoredInterval[] Month(int meter, DateTimeOffset fromUtc, int hours)
    {
        var random = new Random(meter);
        var scale = 0.5 + random.NextDouble();
        var values = new StoredInterval[hours];
        for (var h = 0; h < hours; h++)
        {
            var start = fromUtc.AddHours(h);
            var localHour = (start.Hour + 1) % 24;
            var load = (localHour is >= 17 and < 21 ? 0.9 : localHour < 6 ? 0.2 : 0.45) * scale + (random.NextDouble() * 0.1);
            values[h] = new StoredInterval(new IntervalValue(start, start.AddHours(1), Math.Round(load, 3), ReadingQuality.Valid));
        }

        return values;
    }

    private static void Insert(SqliteConnection connection, int count, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var n = command.Parameters.Add("$n", SqliteType.Integer);
        command.Prepare();
        for (var i = 0; i < count; i++)
        {
            n.Value = i;
            command.ExecuteNonQuery();
        }
    }
}
