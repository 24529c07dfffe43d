using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Polis.Metering.Exports;
using Polis.Metering.Meters;
using Polis.Metering.Readings;
using Polis.Storage.Sqlite;
using Polis.Storage.Sqlite.Metering;

namespace Polis.Benchmarks;

/// <summary>
/// A Green Button export of one year of hourly data of one service point: 2019 of the real Danish heat meter (8,760
/// hourly register differences, one hour in 50 marked as a linear estimate) saved as validated intervals in a real
/// SQLite file, exported in Copenhagen's zone into memory. Peers in the same run: reading the same year from the store
/// in the same 31-day chunks (the floor), and the same values as CSV (interval resolution).
/// </summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet calls [GlobalCleanup], which disposes the stream.")]
public class GreenButtonExportBenchmarks
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
    private static readonly DateTimeOffset From = new(2018, 12, 31, 23, 0, 0, TimeSpan.Zero), To = new(2019, 12, 31, 23, 0, 0, TimeSpan.Zero);
    private readonly MemoryStream _output = new();
    private string _directory = null!;
    private SqliteIntervalStore _intervals = null!;
    private GreenButtonFeed _feed = null!;

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "polis-bench-gb-" + Guid.NewGuid().ToString("N")[..8]);
        var database = new SqliteDatabase(Path.Combine(_directory, "polis.db"));
        database.Migrate();
        var at = DateTimeOffset.UnixEpoch;
        new SqliteAccountStore(database).CreateAsync(new CustomerAccount("acct", "Household", AccountKind.Household, null, null, at, at)).GetAwaiter().GetResult();
        var servicePoint = new ServicePoint("sp", "acct", ServicePointKind.Household, "Havnegade 3", null, null, true, [], at, at);
        new SqliteServicePointStore(database).CreateAsync(servicePoint).GetAwaiter().GetResult();
        var meters = new SqliteMeterStore(database);
        var meter = new Meter("hm-660", MeterKind.Heat, "660", null, 6, 1, 60, at, at);
        meters.CreateAsync(meter).GetAwaiter().GetResult();
        _intervals = new SqliteIntervalStore(database);
        _intervals.SaveAsync([new IntervalWrite(meter.Id, Year(), [], "bench", at)]).GetAwaiter().GetResult();
        _feed = new GreenButtonFeed("acct", "Consumption", From, To, [new ExportPart(servicePoint, meter, From, To)], Copenhagen);

        Console.WriteLine($"// Green Button: {GreenButton().GetAwaiter().GetResult():N0} bytes; CSV: {Csv().GetAwaiter().GetResult():N0} bytes");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _output.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "peer: read the year from the store (31-day chunks)")]
    public async Task<int> ReadOnly()
    {
        var count = 0;
        for (var from = From; from < To; from += TimeSpan.FromDays(31))
        {
            count += (await _intervals.ListAsync("hm-660", from, from + TimeSpan.FromDays(31) < To ? from + TimeSpan.FromDays(31) : To)).Count;
        }

        return count;
    }

    [Benchmark(Description = "Green Button XML of the year")]
    public async Task<long> GreenButton()
    {
        _output.SetLength(0);
        await GreenButtonWriter.WriteAsync(_output, _feed, _intervals);
        return _output.Length;
    }

    [Benchmark(Description = "peer: CSV of the same intervals")]
    public async Task<long> Csv()
    {
        _output.SetLength(0);
        var writer = new StreamWriter(_output, new UTF8Encoding(false), leaveOpen: true);
        await using (writer)
        {
            await ConsumptionCsvWriter.WriteAsync(writer, _feed.Parts, ConsumptionResolution.Interval, Copenhagen, _intervals);
        }

        return _output.Length;
    }

    private static List<StoredInterval> Year()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Polis.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Polis.slnx not found above the benchmark directory.");
        }

        var registers = File.ReadLines(Path.Combine(root, "..", "shared", "data", "metering", "danish_heat_meter", "processed_final_data_sample.csv")).Skip(1)
            .Select(l => l.Split(',')).Select(f => (At: DateTimeOffset.Parse(f[2], CultureInfo.InvariantCulture), Kwh: double.Parse(f[3], CultureInfo.InvariantCulture)))
            .Where(r => r.At >= From && r.At <= To).ToList();
        return [.. registers.Zip(registers.Skip(1), (a, b) => (a, b)).Select((p, i) => i % 50 == 0
            ? new StoredInterval(new IntervalValue(p.a.At, p.b.At, p.b.Kwh - p.a.Kwh, ReadingQuality.Estimated), "gap,estimate-linear", "lost read")
            : new StoredInterval(new IntervalValue(p.a.At, p.b.At, p.b.Kwh - p.a.Kwh, ReadingQuality.Valid)))];
    }
}
