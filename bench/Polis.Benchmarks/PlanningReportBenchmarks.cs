using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polis.Storage.Sqlite;
using Polis.Storage.Sqlite.Transit;
using Polis.Transit.Planning;
using Polis.Transit.Timetable;
using Polis.Transit.Tracking;

namespace Polis.Benchmarks;

/// <summary>
/// Planners' reports over a month of a city's stop events (≈ 1.07 M in SQLite, see <see cref="BenchPlanningHistory"/>),
/// all 40 routes, through <see cref="TransitPlanningService"/> as the endpoints call it. Peers in the same run: the
/// same on-time aggregation as plain SQL over the same table (the baseline), the running-time cells (segments and
/// dwells with count, mean, median and 85th percentile) as plain SQL with window functions, and streaming every event
/// into records without analysing them (what reading alone costs). Bunching has no SQL peer: each headway is judged
/// against the timetable's headway at that stop and time, which the history table does not hold (docs/benchmarks.md).
/// The SQL peers are checked against the reports once before they are timed, so the ratios compare equal work.
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet calls [GlobalCleanup], which disposes the service.")]
public class PlanningReportBenchmarks
{
    /// <summary>
    /// The on-time report's tallies for this city, where every stop is a timepoint, intermediate calls always have a
    /// departure and last stops never do: departure deviation, else arrival (last stop); early below −1 min, late
    /// above +5 min; per route (with observed runs), per route and stop, per day type and hour of the scheduled time.
    /// </summary>
    private const string OnTimeSql =
        """
        WITH d AS MATERIALIZED (
            SELECT route_id, stop_id, run_key,
                CASE strftime('%w', service_date) WHEN '0' THEN 2 WHEN '6' THEN 1 ELSE 0 END AS day_type,
                (CASE WHEN actual_departure IS NULL THEN scheduled_arrival ELSE scheduled_departure END - unixepoch(service_date) * 1000) / 3600000 % 24 AS hour,
                COALESCE(actual_departure - scheduled_departure, actual_arrival - scheduled_arrival) AS deviation
            FROM transit_stop_events
            WHERE event_time >= $from AND event_time < $to AND service_date BETWEEN $first AND $last)
        SELECT 'route', route_id, NULL, NULL, COUNT(deviation), SUM(deviation < -60000), SUM(deviation > 300000), COUNT(DISTINCT run_key) FROM d GROUP BY route_id
        UNION ALL
        SELECT 'stop', route_id, stop_id, NULL, COUNT(deviation), SUM(deviation < -60000), SUM(deviation > 300000), NULL FROM d GROUP BY route_id, stop_id
        UNION ALL
        SELECT 'hour', NULL, NULL, day_type * 100 + hour, COUNT(*), SUM(deviation < -60000), SUM(deviation > 300000), NULL FROM d WHERE deviation IS NOT NULL GROUP BY day_type, hour
        """;

    /// <summary>
    /// The running-time report's segment and dwell cells: consecutive calls of a run (and vehicle), the time band of
    /// the scheduled start (the default bands), day type; percentiles by linear interpolation between closest ranks.
    /// </summary>
    private const string RunningTimeSql =
        """
        WITH calls AS (
            SELECT route_id, direction_id, stop_id, stop_sequence, service_date, scheduled_arrival, actual_arrival, actual_departure,
                LAG(stop_id) OVER w AS previous_stop, LAG(stop_sequence) OVER w AS previous_sequence,
                LAG(actual_departure) OVER w AS previous_departure, LAG(scheduled_departure) OVER w AS previous_scheduled_departure
            FROM transit_stop_events
            WHERE event_time >= $from AND event_time < $to AND service_date BETWEEN $first AND $last
            WINDOW w AS (PARTITION BY run_key, vehicle_id ORDER BY stop_sequence)),
        observations AS (
            SELECT route_id, direction_id, 0 AS kind, previous_stop AS from_stop, stop_id AS to_stop, service_date,
                previous_scheduled_departure AS scheduled_start, actual_arrival - previous_departure AS observed
            FROM calls WHERE previous_sequence = stop_sequence - 1 AND previous_departure IS NOT NULL AND actual_arrival IS NOT NULL
            UNION ALL
            SELECT route_id, direction_id, 2, stop_id, stop_id, service_date, scheduled_arrival, actual_departure - actual_arrival
            FROM calls WHERE previous_sequence IS NOT NULL AND actual_arrival IS NOT NULL AND actual_departure IS NOT NULL),
        cells AS (
            SELECT route_id, direction_id, kind, from_stop, to_stop, observed,
                CASE strftime('%w', service_date) WHEN '0' THEN 2 WHEN '6' THEN 1 ELSE 0 END AS day_type,
                CASE WHEN hour >= 22 OR hour < 5 THEN 5 WHEN hour >= 18 THEN 4 WHEN hour >= 15 THEN 3 WHEN hour >= 9 THEN 2 WHEN hour >= 7 THEN 1 ELSE 0 END AS band
            FROM (SELECT *, (scheduled_start - unixepoch(service_date) * 1000) / 3600000 % 24 AS hour FROM observations)),
        ranked AS (
            SELECT *, ROW_NUMBER() OVER sorted - 1 AS position, 0.85 * (COUNT(*) OVER cell - 1) AS p85, 0.5 * (COUNT(*) OVER cell - 1) AS p50
            FROM cells WINDOW cell AS (PARTITION BY route_id, direction_id, kind, from_stop, to_stop, day_type, band), sorted AS (cell ORDER BY observed))
        SELECT route_id, direction_id, kind, from_stop, to_stop, day_type, band, COUNT(*), AVG(observed),
            SUM(CASE position WHEN CAST(p50 AS INTEGER) THEN observed * (1 - p50 + CAST(p50 AS INTEGER)) WHEN CAST(p50 AS INTEGER) + 1 THEN observed * (p50 - CAST(p50 AS INTEGER)) ELSE 0 END),
            SUM(CASE position WHEN CAST(p85 AS INTEGER) THEN observed * (1 - p85 + CAST(p85 AS INTEGER)) WHEN CAST(p85 AS INTEGER) + 1 THEN observed * (p85 - CAST(p85 AS INTEGER)) ELSE 0 END)
        FROM ranked GROUP BY route_id, direction_id, kind, from_stop, to_stop, day_type, band
        """;

    private TransitNetwork _network = null!;
    private SqliteDatabase _database = null!;
    private TransitPlanningService _planning = null!;

    [GlobalSetup]
    public void Setup()
    {
        _network = BenchTransitCity.Network(BenchPlanningHistory.HeadwaySeconds);
        _database = BenchPlanningHistory.Database(_network);
        _planning = new TransitPlanningService(new SqliteTrackingHistoryStore(_database), Options.Create(new PlanningOptions()), Options.Create(new TrackingOptions()),
            TimeProvider.System, NullLogger<TransitPlanningService>.Instance);
    }

    [GlobalSetup(Target = nameof(SqlOnTimeAsync))]
    public void SetupOnTimePeer()
    {
        Setup();
        var report = OnTimeAsync().GetAwaiter().GetResult();
        var expected = report.Routes.Select(r => Row($"route {r.RouteId} {r.Figures.Measured} {r.Figures.Early} {r.Figures.Late} {r.Runs.Observed}"))
            .Concat(report.Stops.Select(s => Row($"stop {s.RouteId} {s.StopId} {s.Figures.Measured} {s.Figures.Early} {s.Figures.Late}")))
            .Concat(report.Hours.Select(h => Row($"hour {((int)h.DayType * 100) + h.Hour} {h.Figures.Measured} {h.Figures.Early} {h.Figures.Late}")));
        var actual = QueryAsync(OnTimeSql).GetAwaiter().GetResult().Select(r => (string)r[0]! switch
        {
            "route" => Row($"route {r[1]} {r[4]} {r[5]} {r[6]} {r[7]}"),
            "stop" => Row($"stop {r[1]} {r[2]} {r[4]} {r[5]} {r[6]}"),
            _ => Row($"hour {r[3]} {r[4]} {r[5]} {r[6]}"),
        });
        Agree("on-time", expected, actual, 0);
    }

    [GlobalSetup(Target = nameof(SqlRunningTimesAsync))]
    public void SetupRunningTimePeer()
    {
        Setup();
        var report = RunningTimesAsync().GetAwaiter().GetResult();
        var bands = report.Bands.Select(b => b.Name).ToList();
        var expected = report.Rows.Where(r => r.Kind != RunningTimeKind.Trip).Select(r =>
            Row($"{r.RouteId} {r.DirectionId} {(int)r.Kind} {r.FromStopId} {r.ToStopId} {(int)r.DayType} {bands.IndexOf(r.Band)} {r.Count}", r.MedianSeconds, r.PercentileSeconds));
        var actual = QueryAsync(RunningTimeSql).GetAwaiter().GetResult().Select(r =>
            Row($"{r[0]} {r[1]} {r[2]} {r[3]} {r[4]} {r[5]} {r[6]} {r[7]}", Seconds(r[9]), Seconds(r[10])));
        Agree("running-time", expected, actual, 0.05 + 1e-9); // the report rounds to 0.1 s
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _planning.Dispose();
        SqliteConnection.ClearAllPools();
    }

    [Benchmark(Baseline = true, Description = "SQL peer: on-time tallies per route, stop and hour")]
    public Task<List<object?[]>> SqlOnTimeAsync() => QueryAsync(OnTimeSql);

    [Benchmark(Description = "on-time performance report")]
    public Task<OnTimeReport> OnTimeAsync() => _planning.OnTimePerformanceAsync(Scope());

    [Benchmark(Description = "SQL peer: running-time cells (segments, dwells; p50, p85)")]
    public Task<List<object?[]>> SqlRunningTimesAsync() => QueryAsync(RunningTimeSql);

    [Benchmark(Description = "running-time report")]
    public Task<RunningTimeReport> RunningTimesAsync() => _planning.RunningTimesAsync(Scope());

    [Benchmark(Description = "bunching report")]
    public Task<BunchingReport> BunchingAsync() => _planning.BunchingAsync(Scope());

    [Benchmark(Description = "stream every event (no analysis)")]
    public async Task<long> StreamOnlyAsync()
    {
        var (from, to) = Scope().EventWindow();
        long count = 0;
        await foreach (var _ in new SqliteTrackingHistoryStore(_database).StreamStopEventsAsync(from, to))
        {
            count++;
        }

        return count;
    }

    private static (string Key, double[] Values) Row(FormattableString key, params double[] values) => (FormattableString.Invariant(key), values);

    private static double Seconds(object? milliseconds) => Convert.ToDouble(milliseconds, CultureInfo.InvariantCulture) / 1000;

    /// <summary>Throws unless a peer's rows are the report's (order aside): a faster peer that computes something else proves nothing.</summary>
    private static void Agree(string what, IEnumerable<(string Key, double[] Values)> expected, IEnumerable<(string Key, double[] Values)> actual, double tolerance)
    {
        var report = expected.ToDictionary(r => r.Key, r => r.Values, StringComparer.Ordinal);
        var peer = actual.ToDictionary(r => r.Key, r => r.Values, StringComparer.Ordinal);
        var differences = report.Keys.Except(peer.Keys).Select(k => "only in the report: " + k)
            .Concat(peer.Keys.Except(report.Keys).Select(k => "only in SQL: " + k))
            .Concat(report.Where(r => peer.TryGetValue(r.Key, out var values) && r.Value.Zip(values).Any(v => Math.Abs(v.First - v.Second) > tolerance))
                .Select(r => $"{r.Key}: report {string.Join('/', r.Value)}, SQL {string.Join('/', peer[r.Key])}"))
            .ToList();
        if (report.Count == 0 || differences.Count > 0)
        {
            throw new InvalidOperationException($"The {what} SQL peer disagrees with the report ({report.Count} vs {peer.Count} rows): {string.Join("; ", differences.Take(6))}");
        }

        Console.WriteLine($"// The {what} SQL peer agrees with the report on all {report.Count} rows.");
    }

    private async Task<List<object?[]>> QueryAsync(string sql)
    {
        var (from, to) = Scope().EventWindow();
        await using var connection = await _database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$from", from.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$to", to.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$first", BenchPlanningHistory.First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$last", BenchPlanningHistory.Last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    private PlanningScope Scope() => _planning.Scope(_network, BenchPlanningHistory.First, BenchPlanningHistory.Last, null);
}
