using Polis.Metering.Billing;
using Polis.Metering.Billing.Runs;
using Polis.Metering.Meters;
using Polis.Metering.Readings;

namespace Polis.Metering.Tests.Billing.Runs;

/// <summary>
/// Billing runs over a real SQLite file. November 2026 in Copenhagen has 720 hours and 30 days; at 1 kWh an hour on
/// the flat tariff (2.00 a kWh, 1.00 a day, 25 % VAT) a bill is 1,440.00 + 30.00 = 1,470.00, VAT 367.50, total 1,837.50.
/// </summary>
public sealed class BillingRunServiceTests : IDisposable
{
    private readonly BillingRunHarness _h = new();

    [Fact]
    public async Task RunAsync_ValidatedMonth_BillIssuedAsCalculatedByHand()
    {
        await _h.ValidatedCustomersAsync("1");

        var summary = await _h.RunAsync();

        Assert.Equal((1, 1, 1, 0, 0, 0), (summary.Accounts, summary.ServicePoints, summary.Billed, summary.Unchanged, summary.Adjusted, summary.Refused));
        Assert.Equal(720, summary.Readings);
        Assert.Equal(new CurrencyTotal("DKK", 1, 1837.50m, 0, 0m), Assert.Single(summary.Totals));
        var listed = Assert.Single((await _h.Bills.ListAsync(new BillQuery(BillingRunHarness.November.From))).Items);
        var bill = (await _h.Bills.GetAsync(listed.Id))!.Issued;
        Assert.Equal(720m, bill.Consumption);
        Assert.Equal([(1440.00m, 720m), (30.00m, 30m), (367.50m, 1470.00m)], bill.Lines.Select(l => (l.Amount, l.Quantity)));
        Assert.Equal(1837.50m, bill.Total);
        Assert.Equal(("acct-1", "m-1", "Quay 1"), (bill.Subject.AccountId, bill.Subject.MeterId, bill.Subject.ServicePointAddress));
        Assert.Equal(summary, (await _h.Runs.GetRunAsync(summary.RunId))!.Summary! with { RefusalsByReason = summary.RefusalsByReason, Refusals = summary.Refusals, Totals = summary.Totals });
    }

    [Fact]
    public async Task RunAsync_SamePeriodAgain_UnchangedAndNothingWritten()
    {
        await _h.ValidatedCustomersAsync("1");
        await _h.RunAsync();

        var again = await _h.RunAsync();

        Assert.Equal((0, 1, 0), (again.Billed, again.Unchanged, again.Adjusted));
        Assert.Equal(1, _h.Db.Scalar("SELECT COUNT(*) FROM metering_bills"));
        Assert.Equal(0, _h.Db.Scalar("SELECT COUNT(*) FROM metering_bill_adjustments"));
        Assert.Equal(2, _h.Db.Scalar("SELECT COUNT(*) FROM metering_billing_runs WHERE summary IS NOT NULL"));
    }

    [Fact]
    public async Task RunAsync_AnalystEditAfterIssue_AdjustmentWithTheDifferenceIssuedBillUntouched()
    {
        await _h.ValidatedCustomersAsync("1");
        var first = await _h.RunAsync();
        // Hour 40 was 1 kWh; the analyst sets it to 3: +2 kWh × 2.00 = +4.00, VAT +1.00, total +5.00.
        await _h.ChangeHourAsync("m-1", 40, 3.0, ReadingQuality.Edited);

        var second = await _h.RunAsync();
        var third = await _h.RunAsync();

        Assert.Equal((0, 0, 1), (second.Billed, second.Unchanged, second.Adjusted));
        Assert.Equal(new CurrencyTotal("DKK", 0, 0m, 1, 5.00m), Assert.Single(second.Totals));
        Assert.Equal((0, 1, 0), (third.Billed, third.Unchanged, third.Adjusted));
        var id = Assert.Single((await _h.Bills.ListAsync(new BillQuery())).Items).Id;
        var stored = (await _h.Bills.GetAsync(id))!;
        Assert.Equal(1837.50m, stored.Issued.Total);
        Assert.Equal(first.RunId, stored.RunId);
        var adjustment = Assert.Single(stored.Adjustments);
        Assert.Equal(second.RunId, adjustment.RunId);
        Assert.Equal(
            [("Adjustment: Energy", 2m, 4.00m), ("Adjustment: VAT 25 %", 4.00m, 1.00m)],
            adjustment.Adjustment.Lines.Select(l => (l.Description, l.Quantity, l.Amount)));
        Assert.Equal(5.00m, adjustment.Adjustment.Total);
        Assert.Equal(1842.50m, stored.Current.Total);
        Assert.Equal(722m, stored.Current.Consumption);
        var listed = Assert.Single((await _h.Bills.ListAsync(new BillQuery(AccountId: "acct-1"))).Items);
        Assert.Equal((1837.50m, 1, 1842.50m), (listed.IssuedTotal, listed.Adjustments, listed.CurrentTotal));
    }

    [Fact]
    public async Task RunAsync_QuestionableHour_RefusedWithTheSentenceThenBilledOnceAccepted()
    {
        await _h.ValidatedCustomersAsync("1");
        await _h.ChangeHourAsync("m-1", 4, 40.0, ReadingQuality.Questionable, "vee");

        var refused = await _h.RunAsync();
        await _h.ChangeHourAsync("m-1", 4, 40.0, ReadingQuality.Valid);
        var accepted = await _h.RunAsync();

        Assert.Equal((0, 1), (refused.Billed, refused.Refused));
        var refusal = Assert.Single(refused.Refusals);
        Assert.Equal(RunRefusalReason.UnbillableData, refusal.Reason);
        // 2026-11-01 04:00 local is 03:00Z.
        Assert.Equal("Account acct-1, meter m-1 not billed for 2026-11-01–2026-12-01: only validated data is billed, and 2026-11-01T03:00Z–2026-11-01T04:00Z is questionable.", refusal.Message);
        Assert.Equal(1, refused.RefusalsByReason[RunRefusalReason.UnbillableData]);
        Assert.Equal(0, _h.Db.Scalar("SELECT COUNT(*) FROM metering_bills WHERE run_id = " + refused.RunId));
        Assert.Equal((1, 0), (accepted.Billed, accepted.Refused));
        // 759 kWh: 1,518.00 + 30.00 = 1,548.00, VAT 387.00, total 1,935.00.
        Assert.Equal(1935.00m, Assert.Single(accepted.Totals).Billed);
    }

    [Fact]
    public async Task RunAsync_MissingHoursOrNoTariffOrNoMeter_EachRefusedWithItsReason()
    {
        await _h.TariffAsync();
        await _h.CustomerAsync("1");
        await _h.ValidatedAsync("m-1", where: v => v.Start.UtcDateTime.Day != 20);
        await _h.Db.AccountAsync("acct-2");
        await _h.Db.ServicePointAsync("sp-2", "acct-2");
        await _h.Registry.AssignAsync("sp-2", MeterKind.Electricity, "flat", new DateOnly(2026, 11, 10), "admin");
        await _h.Db.AccountAsync("acct-3");
        await _h.Db.ServicePointAsync("sp-3", "acct-3");
        await _h.Registry.AssignAsync("sp-3", MeterKind.Electricity, "flat", TestTariffs.Start, "admin");

        var summary = await _h.RunAsync();

        Assert.Equal((3, 0, 3), (summary.ServicePoints, summary.Billed, summary.Refused));
        Assert.Equal(
            [RunRefusalReason.UnbillableData, RunRefusalReason.NoTariffAssigned, RunRefusalReason.NoMeterInstalled],
            summary.Refusals.OrderBy(r => r.ServicePointId).Select(r => r.Reason));
        Assert.Contains("no interval covers 2026-11-20T00:00Z–2026-11-21T00:00Z", summary.Refusals.Single(r => r.ServicePointId == "sp-1").Message, StringComparison.Ordinal);
        Assert.Equal("Account acct-2, service point sp-2 not billed for 2026-11-01–2026-12-01: its Electricity tariff flat is assigned only from 2026-11-10, inside the period.",
            summary.Refusals.Single(r => r.ServicePointId == "sp-2").Message);
    }

    [Fact]
    public async Task RunAsync_TariffSwitchedMidMonth_OneBillProratedAndEachTariffVersionMarkedBilled()
    {
        // 1 kWh an hour. Flat (2.00 a kWh, 1.00 a day) 1–15 November: 360 × 2.00 + 15 × 1.00 = 735.00, VAT 183.75.
        // "cheap" (1.00 a kWh, 1.00 a day) from the 16th: 360 × 1.00 + 15 × 1.00 = 375.00, VAT 93.75. Total 1,387.50.
        await _h.ValidatedCustomersAsync("1");
        var cheap = BillingRunHarness.FlatTariff("cheap") with { Name = "Electricity, cheap" };
        cheap = cheap with { Versions = [cheap.Versions[0] with { Charges = [TestTariffs.Flat(1.00m), TestTariffs.Standing(1.00m)] }] };
        await _h.TariffAsync(cheap);
        await _h.Registry.AssignAsync("sp-1", MeterKind.Electricity, "cheap", new DateOnly(2026, 11, 16), "admin");

        var summary = await _h.RunAsync();

        Assert.Equal((1, 0), (summary.Billed, summary.Refused));
        var bill = (await _h.Bills.GetAsync(Assert.Single((await _h.Bills.ListAsync(new BillQuery())).Items).Id))!.Issued;
        Assert.Equal(
            [("Electricity, flat: Energy", 735.00m - 15.00m), ("Electricity, flat: Subscription", 15.00m), ("Electricity, flat: VAT 25 %", 183.75m),
             ("Electricity, cheap: Energy", 360.00m), ("Electricity, cheap: Subscription", 15.00m), ("Electricity, cheap: VAT 25 %", 93.75m)],
            bill.Lines.Select(l => (l.Description, l.Amount)));
        Assert.Equal((1387.50m, "flat, cheap"), (bill.Total, bill.TariffId));
        Assert.Equal(2, _h.Db.Scalar("SELECT COUNT(*) FROM metering_tariff_versions_billed WHERE tariff_id IN ('flat', 'cheap')"));
        var again = await _h.RunAsync();
        Assert.Equal((0, 1, 0), (again.Billed, again.Unchanged, again.Adjusted));
    }

    [Fact]
    public async Task RunAsync_TariffSwitchedToAnotherCurrency_RefusedWithTheReason()
    {
        await _h.ValidatedCustomersAsync("1");
        await _h.TariffAsync(BillingRunHarness.FlatTariff("euro") with { Currency = "EUR" });
        await _h.Registry.AssignAsync("sp-1", MeterKind.Electricity, "euro", new DateOnly(2026, 11, 16), "admin");

        var refusal = Assert.Single((await _h.RunAsync()).Refusals);

        Assert.Equal(RunRefusalReason.TariffChangesInPeriod, refusal.Reason);
        Assert.Equal("Account acct-1, service point sp-1 not billed for 2026-11-01–2026-12-01: its Electricity tariff changes from flat (DKK) to euro (EUR) "
            + "on 2026-11-16, inside the period, and one bill has one currency.", refusal.Message);
    }

    [Fact]
    public async Task RunAsync_MeterExchangedMidMonth_BothMetersEachWithinItsInstallation()
    {
        await _h.TariffAsync();
        await _h.Db.AccountAsync("acct-1");
        await _h.Db.ServicePointAsync("sp-1", "acct-1");
        await _h.Db.MeterAsync("m-old", MeterKind.Electricity);
        await _h.Db.MeterAsync("m-new", MeterKind.Electricity);
        var exchange = Synthetic.Midnight(new DateOnly(2026, 11, 16), Synthetic.Copenhagen);
        await _h.InstallAsync("m-old", "sp-1", Synthetic.Midnight(TestTariffs.Start, Synthetic.Copenhagen), exchange);
        await _h.InstallAsync("m-new", "sp-1", exchange, null);
        await _h.Registry.AssignAsync("sp-1", MeterKind.Electricity, "flat", TestTariffs.Start, "admin");
        // The old meter's values run on past its removal (a mis-assigned series): they must not count twice.
        await _h.ValidatedAsync("m-old", 1.0);
        await _h.ValidatedAsync("m-new", 2.0, v => v.Start >= exchange);

        var summary = await _h.RunAsync();

        Assert.Equal(1, summary.Billed);
        Assert.Equal(720 + 360, summary.Readings);
        var bill = (await _h.Bills.GetAsync(Assert.Single((await _h.Bills.ListAsync(new BillQuery())).Items).Id))!.Issued;
        // 15 days × 24 h × 1 kWh + 15 days × 24 h × 2 kWh = 360 + 720 = 1,080 kWh.
        Assert.Equal(1080m, bill.Consumption);
        Assert.Equal("m-old, m-new", bill.Subject.MeterId);
    }

    [Fact]
    public async Task RunAsync_SelectedAccounts_OnlyTheirsBilled()
    {
        await _h.ValidatedCustomersAsync("1", "2", "3");

        var summary = await _h.RunAsync(["acct-2", "acct-3"]);

        Assert.Equal((2, 2, 2), (summary.Accounts, summary.ServicePoints, summary.Billed));
        Assert.Equal(["acct-2", "acct-3"], (await _h.Bills.ListAsync(new BillQuery())).Items.Select(b => b.AccountId));
        Assert.Equal(["acct-9"], await _h.Runs.UnknownAccountsAsync(["acct-1", "acct-9"]));
    }

    [Fact]
    public async Task RunAsync_TwoRunsOfOnePeriodAtOnce_EachServicePointBilledOnce()
    {
        await _h.ValidatedCustomersAsync([.. Enumerable.Range(1, 12).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        var runs = await Task.WhenAll(Task.Run(() => _h.RunAsync()), Task.Run(() => _h.RunAsync()));

        Assert.Equal(12, runs.Sum(r => r.Billed));
        Assert.Equal(12, runs.Sum(r => r.Unchanged));
        Assert.Equal(12, _h.Db.Scalar("SELECT COUNT(*) FROM metering_bills"));
        Assert.Equal(0, _h.Db.Scalar("SELECT COUNT(*) FROM metering_bill_adjustments"));
    }

    [Fact]
    public async Task IssuedBill_UpdateOrDeleteInTheDatabase_RefusedByTrigger()
    {
        await _h.ValidatedCustomersAsync("1");
        await _h.RunAsync();

        var update = Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => _h.Db.Scalar("UPDATE metering_bills SET total = '0'"));
        Assert.Contains("an issued bill never changes", update.Message, StringComparison.Ordinal);
        Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => _h.Db.Scalar("DELETE FROM metering_bills"));
    }

    public void Dispose() => _h.Dispose();
}
