using System.Globalization;
using Microsoft.Extensions.Options;
using Polis.BillingBench;
using Polis.Metering.Billing;
using Polis.Metering.Billing.Runs;
using Polis.Platform.City;
using Polis.Storage.Sqlite;
using Polis.Storage.Sqlite.Metering;

// polis-billingbench --db /tmp/polis-billing-bench/polis.db [--accounts 100000] [--workers 0]
// Builds the database once (kept for later runs: delete it afterwards, it is a few GB), then times a first billing run
// of November 2026 (720 hourly values a meter, 100,000 bills issued), a re-run (every bill unchanged) and the SQL peer.
var db = Option("--db") ?? Path.Combine(Path.GetTempPath(), "polis-billing-bench", "polis.db");
var accounts = int.Parse(Option("--accounts") ?? "100000", CultureInfo.InvariantCulture);
var workers = int.Parse(Option("--workers") ?? "0", CultureInfo.InvariantCulture);
var period = BillPeriod.Month(2026, 11);
var city = new CityOptions { TimeZone = "Europe/Copenhagen" };
var fromUtc = new DateTimeOffset(2026, 10, 31, 23, 0, 0, TimeSpan.Zero);
var toUtc = new DateTimeOffset(2026, 11, 30, 23, 0, 0, TimeSpan.Zero);
var database = new SqliteDatabase(db);
if (!File.Exists(db))
{
    await BenchData.GenerateAsync(database, accounts, fromUtc, (int)(toUtc - fromUtc).TotalHours);
}

database.Migrate();
BenchReset.ForgetBills(database);
Console.WriteLine($"database {db}: {new FileInfo(db).Length / 1e9:N2} GB; {Environment.ProcessorCount} cores");
var service = new BillingRunService(new SqliteBillingRunStore(database), new SqliteTariffStore(database), new SqliteIntervalStore(database),
    Options.Create(city), Options.Create(new BillingRunOptions { Workers = workers }), TimeProvider.System);

var first = await service.RunAsync(period, null, "bench");
Report("billing run, first (issues every bill)", first);
var again = await service.RunAsync(period, null, "bench");
Report("billing run, again (every bill unchanged)", again);
var peer = SqlPeer.Run(database, fromUtc, toUtc, period.Days);
Console.WriteLine($"SQL peer: {peer.Bills:N0} bills, {peer.Readings:N0} readings in {peer.Seconds:N1} s = {peer.Readings / peer.Seconds:N0} readings/s, total {peer.Total:N2}");
Console.WriteLine($"ratio first run / SQL: {first.Seconds / peer.Seconds:N2}; re-run / SQL: {again.Seconds / peer.Seconds:N2}");
Console.WriteLine($"run total {first.Totals.Sum(t => t.Billed):N2} vs SQL {peer.Total:N2}: difference {first.Totals.Sum(t => t.Billed) - peer.Total:N2}");
Console.WriteLine($"peak working set {Environment.WorkingSet / 1e6:N0} MB (now); GC total allocated {GC.GetTotalAllocatedBytes() / 1e9:N1} GB");

static void Report(string what, BillingRunSummary s) =>
    Console.WriteLine($"{what}: {s.ServicePoints:N0} service points, billed {s.Billed:N0}, unchanged {s.Unchanged:N0}, refused {s.Refused:N0}, "
        + $"{s.Readings:N0} readings in {s.Seconds:N1} s = {s.ReadingsPerSecond:N0} readings/s");

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
