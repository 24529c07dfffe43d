using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Polis.Metering.Meters;
using Polis.Platform.Devices;
using Polis.Storage.Sqlite;
using Polis.Storage.Sqlite.Metering;
using Polis.Storage.Sqlite.Registry;

namespace Polis.Metering.Tests;

/// <summary>A migrated polis.db in its own temp directory with the metering stores over it on a fake clock; deleted on dispose.</summary>
internal sealed class MeteringDatabase : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "polis-metering-" + Guid.NewGuid().ToString("N")[..12]);

    public MeteringDatabase()
    {
        Database = new SqliteDatabase(Path.Combine(_directory, "polis.db"));
        Database.Migrate();
        Accounts = new SqliteAccountStore(Database);
        ServicePoints = new SqliteServicePointStore(Database);
        Meters = new SqliteMeterStore(Database);
        Installations = new SqliteInstallationStore(Database);
        Reads = new SqliteRegisterReadStore(Database);
        Unassigned = new SqliteUnassignedDeviceStore(Database);
        Intervals = new SqliteIntervalStore(Database);
        Devices = new SqliteDeviceRegistryStore(Database);
    }

    public FakeTimeProvider Time { get; } = new(Start.AddDays(30));

    public SqliteDatabase Database { get; }

    public SqliteAccountStore Accounts { get; }

    public SqliteServicePointStore ServicePoints { get; }

    public SqliteMeterStore Meters { get; }

    public SqliteInstallationStore Installations { get; }

    public SqliteRegisterReadStore Reads { get; }

    public SqliteUnassignedDeviceStore Unassigned { get; }

    public SqliteIntervalStore Intervals { get; }

    public SqliteDeviceRegistryStore Devices { get; }

    public async Task<CustomerAccount> AccountAsync(string id = "acct-1")
    {
        var account = new CustomerAccount(id, "Harbour Bakery", AccountKind.Business, "bakery@example.org", null, Start, Start);
        Assert.True(await Accounts.CreateAsync(account));
        return account;
    }

    public async Task<ServicePoint> ServicePointAsync(string id = "sp-1", string accountId = "acct-1")
    {
        var servicePoint = new ServicePoint(id, accountId, ServicePointKind.Household, "Quay 1", "harbour", new GeoPoint(12.57, 55.68), true, [], Start, Start);
        Assert.True(await ServicePoints.CreateAsync(servicePoint));
        return servicePoint;
    }

    public async Task<Meter> MeterAsync(string id = "m-1", MeterKind kind = MeterKind.Heat, string? deviceId = null)
    {
        var meter = new Meter(id, kind, "SN-" + id, deviceId, 6, 1, 60, Start, Start);
        Assert.True(await Meters.CreateAsync(meter));
        return meter;
    }

    /// <summary>Registers a device of the kind's built-in profile in the platform registry.</summary>
    public async Task DeviceAsync(string id, string profileId)
    {
        await Devices.UpsertProfileAsync(BuiltInProfiles.All.Single(p => p.Id == profileId));
        var device = new Device(id, profileId, "Device " + id, null, null, new Dictionary<string, string>(), [], Start, Start);
        Assert.True(await Devices.CreateDevicesAsync([(device, AccessTokens.Hash(id + "-token-0123456789"))]));
    }

    public long Scalar(string sql)
    {
        using var connection = Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
