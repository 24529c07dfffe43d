using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polis.Metering.Ingest;
using Polis.Metering.Meters;
using Polis.Metering.Processing;
using Polis.Metering.Readings;
using Polis.Metering.Registers;
using Polis.Metering.Validation;
using Polis.Platform.City;
using Polis.Storage.Sqlite;
using Polis.Storage.Sqlite.Metering;

namespace Polis.Benchmarks;

/// <summary>
/// Validation in production per million reads: 1,352 meters each with a month of real heat meter reads (740 each,
/// 1,000,480 in all; a 2-hour gap, a 6-hour gap and a repeated read in each) stored in polis.db and marked dirty by the
/// triggers, and 62 days of validated history already saved; one operation is the validation service draining the
/// queue (load reads, installations, history, edits; convert; VEE; diff; save values + audit, 50 meters a transaction).
/// Peer in the same run: one SQL statement turning the same stored reads into register differences saved in a table
/// (LAG over (meter, instant), INSERT … SELECT). Each iteration runs on a fresh copy of the prepared database file:
/// run with --strategy Monitoring --invocationCount 1 (see docs/benchmarks.md).
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet calls [GlobalCleanup], which disposes the services.")]
public class MeteringValidationPipelineBenchmarks
{
    private const int Meters = 1_352;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "polis-bench-validation-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private string _template = string.Empty;
    private SqliteDatabase _database = null!;

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(_directory);
        _template = Path.Combine(_directory, "template.db");
        var database = new SqliteDatabase(_template);
        database.Migrate();
        var (meters, intervals, reads) = (new SqliteMeterStore(database), new SqliteIntervalStore(database), new SqliteRegisterReadStore(database));
        var months = BenchHeatMeterMonths.Build(Meters);
        var now = DateTimeOffset.UtcNow;
        foreach (var month in months)
        {
            meters.CreateAsync(new Meter(Id(month.Meter), MeterKind.Heat, "SN", null, 7, 1, 60, now, now)).GetAwaiter().GetResult();
        }

        foreach (var chunk in months.Chunk(100))
        {
            intervals.SaveAsync([.. chunk.Select(m => new IntervalWrite(Id(m.Meter), [.. m.History.Select(h => new StoredInterval(h))], [], "bench", now))]).GetAwaiter().GetResult();
        }

        reads.AppendAsync([.. months.SelectMany(m => m.Reads.Select(r => new RegisterReadWrite(Id(m.Meter), r.At, r.Value, now, ReadSource.Import)))]).GetAwaiter().GetResult();
        using (var connection = database.Open())
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE peer_intervals (meter_key INTEGER NOT NULL, start_at INTEGER NOT NULL, quantity REAL NOT NULL, PRIMARY KEY (meter_key, start_at)) WITHOUT ROWID";
            create.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
    }

    [IterationSetup]
    public void Copy()
    {
        SqliteConnection.ClearAllPools();
        var path = Path.Combine(_directory, "run-" + Guid.NewGuid().ToString("N")[..8] + ".db");
        File.Copy(_template, path);
        _database = new SqliteDatabase(path);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public int SqlRegisterDifferencesPeer()
    {
        using var connection = _database.Open();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO peer_intervals
            SELECT meter_key, previous / 1000, value - previous_value FROM (
                SELECT meter_key, value, LAG(at) OVER w AS previous, LAG(value) OVER w AS previous_value
                FROM metering_register_reads WINDOW w AS (PARTITION BY meter_key ORDER BY at))
            WHERE previous IS NOT NULL
            """;
        var rows = insert.ExecuteNonQuery();
        transaction.Commit();
        return rows;
    }

    [Benchmark]
    public int ValidationServiceDrain()
    {
        var options = Options.Create(new ValidationOptions { MaxWindowDays = 32 });
        var city = Options.Create(new CityOptions { TimeZone = "Europe/Copenhagen" });
        var (intervals, edits) = (new SqliteIntervalStore(_database), new SqliteIntervalEditStore(_database));
        var validator = new MeterValidator(new SqliteMeterStore(_database), new SqliteInstallationStore(_database), new SqliteRegisterReadStore(_database), intervals, edits,
            Options.Create(new VeeOptions()), Options.Create(new RegisterOptions()), options, city, TimeProvider.System);
        var service = new ValidationService(new SqliteDirtyMeterStore(_database), validator, intervals,
            new ValidationMetrics(_services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()), options, TimeProvider.System, NullLogger<ValidationService>.Instance);
        var pass = service.DrainAsync().GetAwaiter().GetResult();
        return pass.Meters == Meters && pass.Failed == 0 ? pass.Values : throw new InvalidOperationException($"unexpected pass: {pass}");
    }

    private static string Id(int meter) => $"bm-{meter:D4}";
}
