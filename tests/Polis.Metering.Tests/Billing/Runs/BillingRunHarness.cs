using Microsoft.Extensions.Options;
using Polis.Metering.Billing;
using Polis.Metering.Billing.Runs;
using Polis.Metering.Meters;
using Polis.Metering.Readings;
using Polis.Metering.Tariffs;
using Polis.Platform.City;
using Polis.Storage.Sqlite.Metering;

namespace Polis.Metering.Tests.Billing.Runs;

/// <summary>
/// A real polis.db with the billing stores, the run service (Copenhagen, batches of 2 over 2 workers so small tests
/// cross batch and worker boundaries) and helpers that seed accounts, meters, tariffs and validated hours.
/// </summary>
internal sealed class BillingRunHarness : IDisposable
{
    public static readonly BillPeriod November = BillPeriod.Month(2026, 11);

    public BillingRunHarness(int batchSize = 2)
    {
        Tariffs = new SqliteTariffStore(Db.Database);
        Runs = new SqliteBillingRunStore(Db.Database);
        Bills = new SqliteBillStore(Db.Database);
        Registry = new TariffRegistry(Tariffs, Db.ServicePoints, Db.Time);
        Service = new BillingRunService(Runs, Tariffs, Db.Intervals, Options.Create(new CityOptions { TimeZone = "Europe/Copenhagen" }),
            Options.Create(new BillingRunOptions { BatchSize = batchSize, Workers = 2 }), Db.Time);
    }

    public MeteringDatabase Db { get; } = new();

    public SqliteTariffStore Tariffs { get; }

    public SqliteBillingRunStore Runs { get; }

    public SqliteBillStore Bills { get; }

    public TariffRegistry Registry { get; }

    public BillingRunService Service { get; }

    /// <summary>Electricity at 2.00 a kWh, 1.00 a day, 25 % VAT, from 2026-01-01.</summary>
    public static Tariff FlatTariff(string id = "flat") => new()
    {
        Id = id,
        Name = "Electricity, flat",
        MeterKind = MeterKind.Electricity,
        Currency = "DKK",
        Versions =
        [
            TestTariffs.Version(TestTariffs.Start, null, [TestTariffs.Flat(2.00m), TestTariffs.Standing(1.00m)], TestTariffs.Vat()),
        ],
    };

    public async Task TariffAsync(Tariff? tariff = null) =>
        Assert.Equal(Polis.Platform.Devices.OperationStatus.Ok, (await Registry.CreateAsync(tariff ?? FlatTariff(), "admin@polis.test")).Status);

    /// <summary>The flat tariff and, for each n, a customer (below) with November's hours validated at 1 kWh.</summary>
    public async Task ValidatedCustomersAsync(params string[] numbers)
    {
        await TariffAsync();
        foreach (var n in numbers)
        {
            await CustomerAsync(n);
            await ValidatedAsync("m-" + n);
        }
    }

    /// <summary>An account with a service point, an electricity meter installed since 2026-01-01 and the flat tariff assigned.</summary>
    public async Task CustomerAsync(string n, string tariffId = "flat")
    {
        await Db.AccountAsync($"acct-{n}");
        await Db.ServicePointAsync($"sp-{n}", $"acct-{n}");
        await Db.MeterAsync($"m-{n}", MeterKind.Electricity);
        await InstallAsync($"m-{n}", $"sp-{n}", Synthetic.Midnight(TestTariffs.Start, Synthetic.Copenhagen), null);
        var assigned = await Registry.AssignAsync($"sp-{n}", MeterKind.Electricity, tariffId, TestTariffs.Start, "admin@polis.test");
        Assert.Equal(Polis.Platform.Devices.OperationStatus.Ok, assigned.Status);
    }

    public async Task InstallAsync(string meterId, string servicePointId, DateTimeOffset from, DateTimeOffset? to) =>
        Assert.Equal(InstallationOutcome.Saved, (await Db.Installations.SaveAsync(new Installation(0, meterId, servicePointId, from, to, 0, null), MeterKind.Electricity)).Outcome);

    /// <summary>Saves hourly Valid values of <paramref name="perHour"/> over November (local), as VEE would.</summary>
    public Task ValidatedAsync(string meterId, double perHour = 1.0, Func<IntervalValue, bool>? where = null) =>
        SaveAsync(meterId, Synthetic.Hourly(November, perHour).Where(where ?? (_ => true)).Select(v => new StoredInterval(v)).ToList(), []);

    public Task SaveAsync(string meterId, IReadOnlyList<StoredInterval> values, IReadOnlyList<IntervalAuditRecord> audit) =>
        Db.Intervals.SaveAsync([new IntervalWrite(meterId, values, audit, "vee", Db.Time.GetUtcNow())]);

    /// <summary>One hour of November set by an analyst (Edited) or flagged (Questionable), with its audit entry.</summary>
    public Task ChangeHourAsync(string meterId, int hour, double quantity, ReadingQuality quality, string actor = "analyst@polis.test")
    {
        var start = Synthetic.Midnight(November.From, Synthetic.Copenhagen).AddHours(hour);
        var value = new IntervalValue(start, start.AddHours(1), quantity, quality);
        var audit = new IntervalAuditRecord(start, start.AddHours(1), 1.0, ReadingQuality.Valid, quantity, quality, "analyst-edit", "checked on site", actor, Db.Time.GetUtcNow());
        return SaveAsync(meterId, [new StoredInterval(value, "analyst-edit", "checked on site")], [audit]);
    }

    public Task<BillingRunSummary> RunAsync(IReadOnlyList<string>? accounts = null) => Service.RunAsync(November, accounts, "operator@polis.test");

    public void Dispose() => Db.Dispose();
}
