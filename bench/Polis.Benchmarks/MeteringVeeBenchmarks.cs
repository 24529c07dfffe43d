using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Polis.Metering.Registers;
using Polis.Metering.Validation;

namespace Polis.Benchmarks;

/// <summary>
/// Register conversion + VEE per million hourly readings: 1,352 meter-months of 740 real heat meter reads (1,000,480
/// reads; a 2-hour gap, a 6-hour gap and a repeated read in each) with 62 days of history each, as a monthly VEE run
/// would see them. Peer in the same run: the register differences with gap and negative flags as one SQL
/// window-function query in SQLite (in memory) over the same reads, every row read back.
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet calls [GlobalCleanup], which closes the connection.")]
public class MeteringVeeBenchmarks
{
    private const int Months = 1_352;
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
    private readonly RegisterOptions _registerOptions = new();
    private readonly VeeOptions _veeOptions = new();
    private List<BenchMeterMonth> _months = [];
    private SqliteConnection _sqlite = null!;

    [GlobalSetup]
    public void Setup()
    {
        _months = BenchHeatMeterMonths.Build(Months);
        _sqlite = new SqliteConnection("Data Source=:memory:");
        _sqlite.Open();
        using (var create = _sqlite.CreateCommand())
        {
            create.CommandText = "CREATE TABLE readings(meter INTEGER NOT NULL, ts INTEGER NOT NULL, value REAL NOT NULL, PRIMARY KEY (meter, ts)) WITHOUT ROWID";
            create.ExecuteNonQuery();
        }

        using var transaction = _sqlite.BeginTransaction();
        using var insert = _sqlite.CreateCommand();
        insert.CommandText = "INSERT OR IGNORE INTO readings VALUES ($m, $t, $v)";
        var (meter, ts, value) = (insert.Parameters.Add("$m", SqliteType.Integer), insert.Parameters.Add("$t", SqliteType.Integer), insert.Parameters.Add("$v", SqliteType.Real));
        foreach (var month in _months)
        {
            foreach (var read in month.Reads)
            {
                (meter.Value, ts.Value, value.Value) = (month.Meter, read.At.ToUnixTimeSeconds(), read.Value);
                insert.ExecuteNonQuery();
            }
        }

        transaction.Commit();
        var (intervals, gaps, negatives) = (ConvertAndValidate(), SqlWindowPeer().Gaps, SqlWindowPeer().Negatives);
        if (intervals != Months * 31 * 24 || gaps != Months * 2 || negatives != 0)
        {
            throw new InvalidOperationException($"unexpected benchmark data: {intervals} intervals, {gaps} gaps, {negatives} negatives");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _sqlite.Dispose();

    [Benchmark(Baseline = true)]
    public (int Rows, int Gaps, int Negatives) SqlWindowPeer()
    {
        using var query = _sqlite.CreateCommand();
        query.CommandText = """
            SELECT meter, ts, value - LAG(value) OVER w, ts - LAG(ts) OVER w
            FROM readings WINDOW w AS (PARTITION BY meter ORDER BY ts)
            """;
        using var reader = query.ExecuteReader();
        var (rows, gaps, negatives) = (0, 0, 0);
        while (reader.Read())
        {
            if (reader.IsDBNull(3))
            {
                continue;
            }

            rows++;
            gaps += reader.GetInt64(3) > 3600 ? 1 : 0;
            negatives += reader.GetDouble(2) < 0 ? 1 : 0;
        }

        return (rows, gaps, negatives);
    }

    [Benchmark]
    public int ConvertOnly()
    {
        var intervals = 0;
        foreach (var month in _months)
        {
            intervals += RegisterConverter.Convert(month.Grid, month.Reads, _registerOptions).Gaps.Count;
        }

        return intervals;
    }

    [Benchmark]
    public int ConvertAndValidate()
    {
        var values = 0;
        foreach (var month in _months)
        {
            var conversion = RegisterConverter.Convert(month.Grid, month.Reads, _registerOptions);
            var input = VeeInput.FromRegisters(conversion, Copenhagen) with { History = month.History };
            values += VeeEngine.Run(input, _veeOptions, TimeProvider.System).Series.Values.Count;
        }

        return values;
    }
}
