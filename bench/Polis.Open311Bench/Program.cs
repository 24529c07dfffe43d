using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Polis.Open311Bench;
using Polis.Storage.Sqlite;

// polis-open311bench [--dir /tmp/polis-open311-bench] [--reports 1000000] [--iterations 100] [--polis src/Polis/bin/Release/net10.0/polis.dll]
// Seeds the reports straight into a fresh polis.db, starts the real polis process over it, and times GET
// /open311/v2/requests.json for a few filter shapes (HTTP on loopback, body read) beside the same query as plain SQL.
var directory = Option("--dir") ?? Path.Combine(Path.GetTempPath(), "polis-open311-bench");
var count = int.Parse(Option("--reports") ?? "1000000", CultureInfo.InvariantCulture);
var iterations = int.Parse(Option("--iterations") ?? "100", CultureInfo.InvariantCulture);
var polisDll = Path.GetFullPath(Option("--polis") ?? Path.Combine("src", "Polis", "bin", "Release", "net10.0", "polis.dll"));
if (Directory.Exists(directory))
{
    Directory.Delete(directory, recursive: true);
}

var database = new SqliteDatabase(Path.Combine(directory, "polis.db"));
database.Migrate();
var now = DateTimeOffset.UtcNow;
var seeding = Stopwatch.StartNew();
ReportSeeder.Seed(database, count, now);
Console.WriteLine($"seeded {count:N0} reports in {seeding.Elapsed.TotalSeconds:N1} s: {new FileInfo(database.FilePath).Length / 1e6:N0} MB; {Environment.ProcessorCount} cores");

var week = (From: now.AddDays(-30), To: now.AddDays(-23));
string W3c(DateTimeOffset t) => Uri.EscapeDataString(t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
var ids = string.Join(',', Enumerable.Range(0, 10).Select(i => (1 + i * (count / 10)).ToString(CultureInfo.InvariantCulture)));
var window = "requested_at >= $from AND requested_at <= $to";
QueryShape[] shapes =
[
    new("default (last 90 days, first 1000)", string.Empty, window),
    new("service_code", "service_code=pothole", $"service_code = 'pothole' AND {window}"),
    new("status=open", "status=open", $"is_open = 1 AND {window}"),
    new("service_code + status=closed + 7-day range", $"service_code=drain&status=closed&start_date={W3c(week.From)}&end_date={W3c(week.To)}", $"service_code = 'drain' AND is_open = 0 AND {window}"),
    new("service_request_id (10 ids)", $"service_request_id={ids}", $"id IN ({ids})"),
];

await using var polis = await PolisServer.StartAsync(polisDll, directory);
using var http = new HttpClient { BaseAddress = polis.BaseAddress };
Console.WriteLine($"| shape | rows | polis p50 | polis p95 | SQL p50 | SQL p95 | ratio p50 |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
foreach (var shape in shapes)
{
    // The server's window is the last 90 days (or the shape's range) at the moment it answers: the peer uses the same.
    var (from, to) = shape.Query.Contains("start_date", StringComparison.Ordinal) ? week : (now.AddDays(-90), DateTimeOffset.UtcNow);
    var rows = 0;
    var server = await TimeAsync(iterations, async () =>
    {
        var body = await http.GetStringAsync(new Uri($"/open311/v2/requests.json?{shape.Query}", UriKind.Relative));
        rows = JsonDocument.Parse(body).RootElement.GetArrayLength();
    });
    var peerRows = 0;
    var peer = await TimeAsync(iterations, async () => peerRows = await SqlPeer.RunAsync(database, shape, from, DateTimeOffset.UtcNow > to ? to : DateTimeOffset.UtcNow));
    if (peerRows != rows)
    {
        Console.Error.WriteLine($"warning: {shape.Name}: polis answered {rows} rows, the peer read {peerRows}");
    }

    Console.WriteLine($"| {shape.Name} | {rows:N0} | {server.P50:N1} ms | {server.P95:N1} ms | {peer.P50:N1} ms | {peer.P95:N1} ms | {server.P50 / peer.P50:N1} |");
}

static async Task<(double P50, double P95)> TimeAsync(int iterations, Func<Task> run)
{
    for (var i = 0; i < Math.Max(3, iterations / 10); i++)
    {
        await run();
    }

    var times = new List<double>(iterations);
    for (var i = 0; i < iterations; i++)
    {
        var watch = Stopwatch.StartNew();
        await run();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    return (times[(int)(0.50 * (times.Count - 1))], times[(int)(0.95 * (times.Count - 1))]);
}

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
