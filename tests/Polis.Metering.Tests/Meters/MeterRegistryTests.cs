using Polis.Metering.Meters;
using Polis.Platform.Devices;

namespace Polis.Metering.Tests.Meters;

/// <summary>Meter registration against a real device registry and SQLite stores.</summary>
public sealed class MeterRegistryTests : IDisposable
{
    private readonly MeteringDatabase _db = new();
    private readonly List<(Meter? Before, Meter? After)> _told = [];
    private readonly MeterRegistry _registry;

    public MeterRegistryTests() => _registry = new MeterRegistry(_db.Meters, _db.Devices, [new Recorder(_told)], _db.Time);

    [Fact]
    public async Task CreateAsync_DeviceOfTheKindsProfile_StoredStampedAndObserversTold()
    {
        await _db.DeviceAsync("hm-1", "heat-meter");

        var result = await _registry.CreateAsync(Meter("m-1", "hm-1"));

        Assert.Equal(OperationStatus.Ok, result.Status);
        Assert.Equal(_db.Time.GetUtcNow(), result.Value!.CreatedAt);
        Assert.Equal(result.Value, await _db.Meters.GetAsync("m-1"));
        Assert.Equal((null, result.Value), Assert.Single(_told));
        Assert.Equal(new DeviceMeter("hm-1", "m-1", MeterKind.Heat), Assert.Single(await _db.Meters.ListDeviceMetersAsync()));
    }

    [Fact]
    public async Task CreateAsync_UnknownDeviceOrWrongProfile_DeviceIdErrorNothingStored()
    {
        await _db.DeviceAsync("wm-1", "water-meter");

        var unknown = await _registry.CreateAsync(Meter("m-1", "nobody"));
        var wrongProfile = await _registry.CreateAsync(Meter("m-2", "wm-1"));

        Assert.Equal(OperationStatus.Invalid, unknown.Status);
        Assert.Contains("not registered", unknown.Errors!["deviceId"][0], StringComparison.Ordinal);
        Assert.Equal(OperationStatus.Invalid, wrongProfile.Status);
        Assert.Contains("has profile 'water-meter'; a heat meter reports through a 'heat-meter' device", wrongProfile.Errors!["deviceId"][0], StringComparison.Ordinal);
        Assert.Equal(0, (await _db.Meters.ListAsync(new MeterQuery())).Total);
        Assert.Empty(_told);
    }

    [Fact]
    public async Task CreateAsync_DeviceAlreadyReportsAsAnotherMeter_ConflictNamingIt()
    {
        await _db.DeviceAsync("hm-1", "heat-meter");
        await _registry.CreateAsync(Meter("m-1", "hm-1"));

        var second = await _registry.CreateAsync(Meter("m-2", "hm-1"));
        var sameId = await _registry.CreateAsync(Meter("m-1", null));

        Assert.Equal(OperationStatus.Conflict, second.Status);
        Assert.Contains("already reports as meter 'm-1'", second.Detail, StringComparison.Ordinal);
        Assert.Equal(OperationStatus.Conflict, sameId.Status);
    }

    [Fact]
    public async Task UpdateAsync_KindChanged_RefusedWithKindError()
    {
        await _registry.CreateAsync(Meter("m-1", null));

        var result = await _registry.UpdateAsync(Meter("m-1", null) with { Kind = MeterKind.Water });

        Assert.Equal(OperationStatus.Invalid, result.Status);
        Assert.Contains("cannot change", result.Errors!["kind"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateAsync_DeviceGivenLater_ObserversToldBeforeAndAfter()
    {
        await _db.DeviceAsync("hm-1", "heat-meter");
        var created = (await _registry.CreateAsync(Meter("m-1", null))).Value!;
        _db.Time.Advance(TimeSpan.FromHours(1));

        var updated = await _registry.UpdateAsync(Meter("m-1", "hm-1"));

        Assert.Equal(OperationStatus.Ok, updated.Status);
        Assert.Equal(created.CreatedAt, updated.Value!.CreatedAt);
        Assert.Equal(created.CreatedAt.AddHours(1), updated.Value.UpdatedAt);
        Assert.Equal((created, updated.Value), _told[^1]);
        Assert.Equal("m-1", (await _db.Meters.FindByDeviceAsync("hm-1"))!.Id);
    }

    [Fact]
    public async Task DeleteAsync_MeterWithInstallation_InUseUntilTheInstallationIsGone()
    {
        await _db.AccountAsync();
        await _db.ServicePointAsync();
        await _registry.CreateAsync(Meter("m-1", null));
        var installed = await _db.Installations.SaveAsync(new Installation(0, "m-1", "sp-1", MeteringDatabase.Start, null, 0, null), MeterKind.Heat);

        Assert.Equal(RegistryDeletion.InUse, await _registry.DeleteAsync("m-1"));
        Assert.True(await _db.Installations.DeleteAsync(installed.Saved!.Id));
        Assert.Equal(RegistryDeletion.Deleted, await _registry.DeleteAsync("m-1"));
        Assert.Equal(RegistryDeletion.NotFound, await _registry.DeleteAsync("m-1"));
        Assert.Null(_told[^1].After);
    }

    [Fact]
    public async Task ListAsync_ByKindDeviceOrSearch_PagedById()
    {
        await _db.DeviceAsync("hm-1", "heat-meter");
        await _registry.CreateAsync(Meter("m-2", "hm-1"));
        await _registry.CreateAsync(Meter("m-1", null));
        await _registry.CreateAsync(Meter("w_1", null) with { Kind = MeterKind.Water, Serial = "WATER-77" });

        Assert.Equal(["m-1", "m-2"], (await _db.Meters.ListAsync(new MeterQuery(Kind: MeterKind.Heat))).Items.Select(m => m.Id));
        Assert.Equal(["m-2"], (await _db.Meters.ListAsync(new MeterQuery(DeviceId: "hm-1"))).Items.Select(m => m.Id));
        Assert.Equal(["w_1"], (await _db.Meters.ListAsync(new MeterQuery(Search: "ter-7"))).Items.Select(m => m.Id));
        Assert.Empty((await _db.Meters.ListAsync(new MeterQuery(Search: "m%"))).Items);
        var page = await _db.Meters.ListAsync(new MeterQuery(Offset: 1, Limit: 1));
        Assert.Equal((3, "m-2"), (page.Total, Assert.Single(page.Items).Id));
    }

    public void Dispose() => _db.Dispose();

    private static Meter Meter(string id, string? deviceId) => new(id, MeterKind.Heat, "SN-" + id, deviceId, 6, 1, 60, default, default);

    private sealed class Recorder(List<(Meter? Before, Meter? After)> told) : IMeterChangeObserver
    {
        public void OnMeterChanged(Meter? before, Meter? after) => told.Add((before, after));
    }
}
