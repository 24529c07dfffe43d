using Polis.Metering.Meters;
using Polis.Platform.Devices;

namespace Polis.Metering.Tests.Meters;

/// <summary>Installations and exchanges through the registry over real SQLite stores.</summary>
public sealed class InstallationRegistryTests : IDisposable
{
    private static readonly DateTimeOffset T0 = MeteringDatabase.Start;
    private readonly MeteringDatabase _db = new();
    private readonly InstallationRegistry _registry;

    public InstallationRegistryTests() => _registry = new InstallationRegistry(_db.Installations, _db.Meters, _db.ServicePoints);

    [Fact]
    public async Task ExchangeAsync_OpenInstallation_OldEndsNewStartsAtTheSameServicePoint()
    {
        await SiteAsync();
        await _db.MeterAsync("m-old");
        await _db.MeterAsync("m-new");
        var first = await _registry.CreateAsync(new Installation(0, "m-old", "sp-1", T0, null, 10, null));

        var exchange = await _registry.ExchangeAsync(new MeterExchange("m-old", "m-new", T0.AddDays(20), FinalRead: 4_321.5, InitialRead: 3));

        Assert.Equal(OperationStatus.Ok, exchange.Status);
        var history = await _db.Installations.ListAsync(new InstallationQuery(ServicePointId: "sp-1"));
        Assert.Equal(
            [
                new Installation(first.Value!.Id, "m-old", "sp-1", T0, T0.AddDays(20), 10, 4_321.5),
                new Installation(exchange.Value!.Saved!.Id, "m-new", "sp-1", T0.AddDays(20), null, 3, null),
            ],
            history);
        Assert.Equal(history[0], exchange.Value.Ended);
        Assert.Single(await _db.Installations.ListAsync(new InstallationQuery(ServicePointId: "sp-1", From: T0.AddDays(25), To: T0.AddDays(26))));
    }

    [Fact]
    public async Task CreateAsync_MeterInstalledElsewhere_ConflictNamingTheInstallationNothingStored()
    {
        await SiteAsync();
        await _db.ServicePointAsync("sp-2");
        await _db.MeterAsync("m-1");
        var first = await _registry.CreateAsync(new Installation(0, "m-1", "sp-1", T0, null, 0, null));

        var second = await _registry.CreateAsync(new Installation(0, "m-1", "sp-2", T0.AddDays(5), null, 0, null));

        Assert.Equal(OperationStatus.Conflict, second.Status);
        Assert.Equal(
            $"Meter 'm-1' is already installed at service point 'sp-1' since 2026-03-01T00:00:00Z (installation {first.Value!.Id}); a meter is in one place at a time.",
            second.Detail);
        Assert.Single(await _db.Installations.ListAsync(new InstallationQuery(MeterId: "m-1")));
    }

    [Fact]
    public async Task CreateAsync_SecondMeterOfTheKindAtTheServicePoint_ConflictButAnotherKindFits()
    {
        await SiteAsync();
        await _db.MeterAsync("heat-1");
        await _db.MeterAsync("heat-2");
        await _db.MeterAsync("water-1", MeterKind.Water);
        await _registry.CreateAsync(new Installation(0, "heat-1", "sp-1", T0, null, 0, null));

        var heat = await _registry.CreateAsync(new Installation(0, "heat-2", "sp-1", T0.AddDays(1), null, 0, null));
        var water = await _registry.CreateAsync(new Installation(0, "water-1", "sp-1", T0.AddDays(1), null, 0, null));

        Assert.Equal(OperationStatus.Conflict, heat.Status);
        Assert.Contains("already has meter 'heat-1' of this kind", heat.Detail, StringComparison.Ordinal);
        Assert.Equal(OperationStatus.Ok, water.Status);
    }

    [Fact]
    public async Task CreateAsync_UnknownMeterAndServicePoint_BothFieldsExplained()
    {
        var result = await _registry.CreateAsync(new Installation(0, "ghost", "nowhere", T0, null, 0, null));

        Assert.Equal(OperationStatus.Invalid, result.Status);
        Assert.Equal(["meterId", "servicePointId"], result.Errors!.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ExchangeAsync_NotInstalledThenOrOtherKind_RefusedWithReason()
    {
        await SiteAsync();
        await _db.MeterAsync("m-old");
        await _db.MeterAsync("m-new");
        await _db.MeterAsync("water-1", MeterKind.Water);
        await _registry.CreateAsync(new Installation(0, "m-old", "sp-1", T0, T0.AddDays(10), 0, 50));

        var afterRemoval = await _registry.ExchangeAsync(new MeterExchange("m-old", "m-new", T0.AddDays(11), 51, 0));
        var otherKind = await _registry.ExchangeAsync(new MeterExchange("m-old", "water-1", T0.AddDays(5), 20, 0));
        var unknownOld = await _registry.ExchangeAsync(new MeterExchange("ghost", "m-new", T0.AddDays(5), 20, 0));

        Assert.Equal(OperationStatus.Conflict, afterRemoval.Status);
        Assert.Contains("is not installed at", afterRemoval.Detail, StringComparison.Ordinal);
        Assert.Equal(OperationStatus.Invalid, otherKind.Status);
        Assert.Contains("is a water meter", otherKind.Errors!["newMeterId"][0], StringComparison.Ordinal);
        Assert.Equal(OperationStatus.NotFound, unknownOld.Status);
        Assert.Single(await _db.Installations.ListAsync(new InstallationQuery(ServicePointId: "sp-1")));
    }

    [Fact]
    public async Task UpdateAsync_EndingAnInstallation_StoredAndUnknownIdNotFound()
    {
        await SiteAsync();
        await _db.MeterAsync("m-1");
        var created = (await _registry.CreateAsync(new Installation(0, "m-1", "sp-1", T0, null, 0, null))).Value!;

        var ended = await _registry.UpdateAsync(created with { To = T0.AddDays(3), FinalRead = 42 });
        var missing = await _registry.UpdateAsync(created with { Id = 999 });

        Assert.Equal(created with { To = T0.AddDays(3), FinalRead = 42 }, await _db.Installations.GetAsync(created.Id));
        Assert.Equal(OperationStatus.Ok, ended.Status);
        Assert.Equal(OperationStatus.NotFound, missing.Status);
    }

    public void Dispose() => _db.Dispose();

    private async Task SiteAsync()
    {
        await _db.AccountAsync();
        await _db.ServicePointAsync();
    }
}
