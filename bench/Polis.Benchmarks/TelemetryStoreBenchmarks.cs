using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polis.Contracts.Telemetry;
using Polis.Platform.Telemetry;
using Polis.Storage.Sqlite;
using Polis.Storage.Sqlite.Telemetry;

namespace Polis.Benchmarks;

/// <summary>
/// The SQLite store's write path through its public API: raw insert, latest and the 1 min / 1 h / 1 day
/// rollup upserts, in one group commit with synchronous=FULL (every commit fsyncs the WAL). The rollup
/// accumulator itself is internal to Polis.Storage.Sqlite, so its CPU cost is measured here together
/// with SQLite's and the fsync; the 1,000-point batch shows the per-point cost once fsync is amortised.
/// Every invocation writes new timestamps, so every point is inserted and enters the rollups.
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet calls [GlobalCleanup], which disposes the store.")]
public class TelemetryStoreBenchmarks
{
    private const long Start = 1_767_225_600_000; // 2026-01-01T00:00:00Z
    private string _directory = "";
    private SqliteTelemetryStore _store = null!;
    private long _ts = Start;

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "polis-bench-" + Guid.NewGuid().ToString("N"));
        var database = new SqliteDatabase(Path.Combine(_directory, SqliteStorageServiceCollectionExtensions.FileName));
        database.Migrate();
        _store = new SqliteTelemetryStore(database, Options.Create(new TelemetryOptions()), TimeProvider.System, NullLogger<SqliteTelemetryStore>.Instance);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>One 2-reading message alone: the latency floor of an acknowledged QoS 1 publish.</summary>
    [Benchmark]
    public Task<AppendResult> Append_OneMessage() => _store.AppendAsync("device-0", Message(_ts += 1_000), _ts);

    /// <summary>20 devices at once, as 20 MQTT connections with one publish each in flight: shares group commits.</summary>
    [Benchmark(OperationsPerInvoke = 20)]
    public Task Append_TwentyConcurrentMessages()
    {
        var ts = _ts += 1_000;
        var writes = new Task[20];
        for (var d = 0; d < writes.Length; d++)
        {
            writes[d] = _store.AppendAsync(DeviceIds[d], Message(ts), ts);
        }

        return Task.WhenAll(writes);
    }

    /// <summary>1,000 points of one series, 1 s apart (17 minute buckets): rollup maintenance with fsync amortised; per point.</summary>
    [Benchmark(OperationsPerInvoke = 1_000)]
    public Task<AppendResult> Append_ThousandPointBatch_PerPoint()
    {
        var first = _ts += 1_000_000;
        var points = new TelemetryPoint[1_000];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = new TelemetryPoint("temperature", first + i * 1_000L, TelemetryValue.FromNumber(20 + i % 50 * 0.1));
        }

        return _store.AppendAsync("device-bulk", points, first);
    }

    private static readonly string[] DeviceIds = [.. Enumerable.Range(0, 20).Select(i => "device-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    private static TelemetryPoint[] Message(long ts) =>
    [
        new("temperature", ts, TelemetryValue.FromNumber(21.5)),
        new("seq", ts, TelemetryValue.FromNumber(ts % 10_000)),
    ];
}
