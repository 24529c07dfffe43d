using Polis.Metering.Billing.Runs;
using Polis.Metering.Meters;
using Polis.Metering.Tariffs;
using Polis.Platform.Devices;

namespace Polis.Metering.Tests.Billing.Runs;

/// <summary>Tariffs stored with their history and assignments; no retroactive change under issued bills.</summary>
public sealed class TariffRegistryTests : IDisposable
{
    private readonly BillingRunHarness _h = new();

    [Fact]
    public async Task CreateAsync_VersionsWithAGap_InvalidWithTheErrorKeyedByItsPath()
    {
        var tariff = BillingRunHarness.FlatTariff() with
        {
            Versions =
            [
                TestTariffs.Version(TestTariffs.Start, new DateOnly(2026, 6, 1), [TestTariffs.Flat(2m)]),
                TestTariffs.Version(new DateOnly(2026, 7, 1), null, [TestTariffs.Flat(2.2m)]),
            ],
        };

        var result = await _h.Registry.CreateAsync(tariff, "admin");

        Assert.Equal(OperationStatus.Invalid, result.Status);
        var error = Assert.Single(result.Errors!);
        Assert.Equal("versions[1].from", error.Key);
        Assert.StartsWith("Gap: no version is in force from 2026-06-01 to 2026-07-01", Assert.Single(error.Value), StringComparison.Ordinal);
        Assert.Null(await _h.Tariffs.GetAsync("flat"));
    }

    [Fact]
    public async Task UpdateAsync_BilledVersionRepriced_ConflictButANewVersionIsFine()
    {
        await _h.ValidatedCustomersAsync("1");
        await _h.RunAsync();
        var original = BillingRunHarness.FlatTariff();
        var repriced = original with { Versions = [TestTariffs.Version(TestTariffs.Start, null, [TestTariffs.Flat(2.50m), TestTariffs.Standing(1.00m)], TestTariffs.Vat())] };
        var endsEarly = original with { Versions = [original.Versions[0] with { To = new DateOnly(2026, 11, 15) }, TestTariffs.Version(new DateOnly(2026, 11, 15), null, [TestTariffs.Flat(3m)])] };
        var extended = original with { Versions = [original.Versions[0] with { To = new DateOnly(2027, 1, 1) }, TestTariffs.Version(new DateOnly(2027, 1, 1), null, [TestTariffs.Flat(2.40m)], TestTariffs.Vat())] };

        var refused = await _h.Registry.UpdateAsync("flat", repriced, "admin");
        var cut = await _h.Registry.UpdateAsync("flat", endsEarly, "admin");
        var added = await _h.Registry.UpdateAsync("flat", extended, "editor@polis.test");

        Assert.Equal(OperationStatus.Conflict, refused.Status);
        Assert.Equal("The version from 2026-01-01 has billed up to 2026-12-01; its charges and taxes cannot change retroactively. Add a new version from 2026-12-01 or later instead.", refused.Detail);
        Assert.Equal(OperationStatus.Conflict, cut.Status);
        Assert.Equal(OperationStatus.Ok, added.Status);
        Assert.Equal([new BilledVersion(TestTariffs.Start, new DateOnly(2026, 12, 1))], await _h.Tariffs.ListBilledVersionsAsync("flat"));
        var history = await _h.Tariffs.ListHistoryAsync("flat");
        Assert.Equal([("created", "admin@polis.test", 1), ("updated", "editor@polis.test", 2)], history.Select(e => (e.Change, e.Actor, e.Tariff.Versions.Count)));
        Assert.Equal(RegistryDeletion.InUse, await _h.Registry.DeleteAsync("flat", "admin"));
    }

    [Fact]
    public async Task AssignAsync_WrongKindUnknownTariffOrSameDateTwice_Refused()
    {
        await _h.TariffAsync();
        await _h.Db.AccountAsync("acct-1");
        await _h.Db.ServicePointAsync("sp-1", "acct-1");

        var water = await _h.Registry.AssignAsync("sp-1", MeterKind.Water, "flat", TestTariffs.Start, "admin");
        var unknown = await _h.Registry.AssignAsync("sp-1", MeterKind.Electricity, "nope", TestTariffs.Start, "admin");
        var nowhere = await _h.Registry.AssignAsync("sp-9", MeterKind.Electricity, "flat", TestTariffs.Start, "admin");
        var first = await _h.Registry.AssignAsync("sp-1", MeterKind.Electricity, "flat", TestTariffs.Start, "admin");
        var again = await _h.Registry.AssignAsync("sp-1", MeterKind.Electricity, "flat", TestTariffs.Start, "admin");
        await _h.TariffAsync(BillingRunHarness.FlatTariff("flat-2"));
        var other = await _h.Registry.AssignAsync("sp-1", MeterKind.Electricity, "flat-2", TestTariffs.Start, "admin");
        var later = await _h.Registry.AssignAsync("sp-1", MeterKind.Electricity, "flat-2", new DateOnly(2027, 1, 1), "admin");

        Assert.Equal(["Tariff 'flat' bills Electricity meters, not Water."], water.Errors!["tariffId"]);
        Assert.Equal(["There is no tariff 'nope'."], unknown.Errors!["tariffId"]);
        Assert.Equal(OperationStatus.NotFound, nowhere.Status);
        Assert.Equal((OperationStatus.Ok, OperationStatus.Ok, OperationStatus.Conflict, OperationStatus.Ok), (first.Status, again.Status, other.Status, later.Status));
        Assert.Equal([("flat", TestTariffs.Start), ("flat-2", new DateOnly(2027, 1, 1))], (await _h.Tariffs.ListAssignmentsAsync("sp-1")).Select(a => (a.TariffId, a.From)));
    }

    public void Dispose() => _h.Dispose();
}
