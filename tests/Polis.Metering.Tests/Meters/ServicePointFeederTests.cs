using Polis.Metering.Meters;
using Polis.Platform.Devices;
using Polis.Storage.Sqlite.Geography;

namespace Polis.Metering.Tests.Meters;

/// <summary>A service point's feeders: one per meter kind, registered, not its own meters; stored and queried by feeder.</summary>
public sealed class ServicePointFeederTests : IDisposable
{
    private readonly MeteringDatabase _db = new();
    private readonly ServicePointRegistry _registry;

    public ServicePointFeederTests() =>
        _registry = new ServicePointRegistry(_db.ServicePoints, _db.Accounts, _db.Meters, _db.Installations, new SqliteGeographyStore(_db.Database), _db.Time);

    [Fact]
    public async Task CreateAsync_OneFeederPerKind_StoredListedByEachAndReplacedOnUpdate()
    {
        await _db.AccountAsync();
        await _db.MeterAsync("feeder-e", MeterKind.Electricity);
        await _db.MeterAsync("bulk-w", MeterKind.Water);

        var created = await _registry.CreateAsync(ServicePointRegistryTests.ServicePoint("sp-1", "acct-1", feeders: ["feeder-e", "bulk-w"]));

        Assert.Equal(OperationStatus.Ok, created.Status);
        Assert.Equal(["bulk-w", "feeder-e"], (await _db.ServicePoints.GetAsync("sp-1"))!.FeederMeterIds);
        Assert.Equal(1, (await _db.ServicePoints.ListAsync(new ServicePointQuery(FeederMeterId: "feeder-e"))).Total);
        Assert.Equal(1, (await _db.ServicePoints.ListAsync(new ServicePointQuery(FeederMeterId: "bulk-w"))).Total);
        Assert.Equal(RegistryDeletion.InUse, await _db.Meters.DeleteAsync("bulk-w"));

        Assert.Equal(OperationStatus.Ok, (await _registry.UpdateAsync(created.Value! with { FeederMeterIds = ["feeder-e"] })).Status);
        Assert.Equal(["feeder-e"], (await _db.ServicePoints.GetAsync("sp-1"))!.FeederMeterIds);
        Assert.Equal(0, (await _db.ServicePoints.ListAsync(new ServicePointQuery(FeederMeterId: "bulk-w"))).Total);
        Assert.Equal(RegistryDeletion.Deleted, await _db.Meters.DeleteAsync("bulk-w"));
        Assert.Equal(RegistryDeletion.Deleted, await _registry.DeleteAsync("sp-1"));
        Assert.Equal(0, _db.Scalar("SELECT COUNT(*) FROM metering_service_point_feeders"));
    }

    [Fact]
    public async Task CreateAsync_TwoFeedersOfOneKindOrUnknown_RefusedNamingTheField()
    {
        await _db.AccountAsync();
        await _db.MeterAsync("feeder-a", MeterKind.Electricity);
        await _db.MeterAsync("feeder-b", MeterKind.Electricity);

        var twice = await _registry.CreateAsync(ServicePointRegistryTests.ServicePoint("sp-1", "acct-1", feeders: ["feeder-a", "feeder-b", "nope"]));

        Assert.Equal(OperationStatus.Invalid, twice.Status);
        Assert.Equal(
            ["Meters 'feeder-a' and 'feeder-b' are both electricity meters; name at most one feeder per meter kind.",
             "Meter 'nope' does not exist; register the feeder or district meter first."],
            twice.Errors!["feederMeterIds"]);
        Assert.Null(await _db.ServicePoints.GetAsync("sp-1"));
    }

    [Fact]
    public async Task UpdateAsync_FeederInstalledAtTheServicePointItself_Refused()
    {
        await _db.AccountAsync();
        var point = await _db.ServicePointAsync("sp-1");
        await _db.MeterAsync("e-1", MeterKind.Electricity);
        Assert.Equal(InstallationOutcome.Saved, (await _db.Installations.SaveAsync(new Installation(0, "e-1", "sp-1", MeteringDatabase.Start, null, 0, null), MeterKind.Electricity)).Outcome);

        var own = await _registry.UpdateAsync(point with { FeederMeterIds = ["e-1"] });

        Assert.Equal(OperationStatus.Invalid, own.Status);
        Assert.Equal("Meter 'e-1' is installed at service point 'sp-1'; a feeder measures the input of other service points.", Assert.Single(own.Errors!["feederMeterIds"]));
        Assert.Empty((await _db.ServicePoints.GetAsync("sp-1"))!.FeederMeterIds);
    }

    public void Dispose() => _db.Dispose();
}
