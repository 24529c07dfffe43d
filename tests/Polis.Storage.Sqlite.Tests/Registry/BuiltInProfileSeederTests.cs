using Polis.Platform.Devices;
using Polis.Storage.Sqlite.Registry;

namespace Polis.Storage.Sqlite.Tests.Registry;

/// <summary>Profile commands on a real SQLite file: stored and read back, and added to built-ins stored before they existed.</summary>
public sealed class BuiltInProfileSeederTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "polis-profiles-" + Guid.NewGuid().ToString("N")[..10]);
    private readonly SqliteDeviceRegistryStore _store;

    public BuiltInProfileSeederTests()
    {
        var database = new SqliteDatabase(Path.Combine(_directory, "polis.db"));
        database.Migrate();
        _store = new SqliteDeviceRegistryStore(database);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Start_BuiltInStoredWithoutCommands_GetsTheBuiltInCommandsAndTunedFieldsStay()
    {
        var controller = BuiltInProfiles.All.Single(p => p.Id == "building-controller");
        await _store.UpsertProfileAsync(controller with { Commands = null, ReportingIntervalSeconds = 120 });
        await _store.UpsertProfileAsync(new DeviceProfile("custom", "Custom", null, 60, null, [], Commands: null));

        using var cache = new DeviceProfileCache(_store, TimeProvider.System);
        await new BuiltInProfileSeeder(_store, cache).StartAsync(CancellationToken.None);

        var seeded = (await _store.GetProfileAsync("building-controller"))!;
        Assert.Equal(["setSetpoint", "setLighting", "getState"], seeded.Commands!.Select(c => c.Method).ToArray());
        Assert.Equal(120, seeded.ReportingIntervalSeconds); // the operator's tuning is kept
        Assert.Null((await _store.GetProfileAsync("custom"))!.Commands); // not built-in: left undeclared
        Assert.Empty((await _store.GetProfileAsync("parking-spot"))!.Commands!); // added fresh, declares none
    }
}
