using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polis.Metering.Detection;
using Polis.Metering.Meters;
using Polis.Metering.Readings;
using Polis.Platform.Alarms;
using Polis.Platform.City;
using Polis.Platform.Devices;
using Polis.Storage.Sqlite.Alarms;
using Polis.Storage.Sqlite.Metering;

namespace Polis.Metering.Tests.Detection;

/// <summary>
/// Detection over a real migrated polis.db: the metering stores, the findings store, and the platform's real
/// <see cref="AlarmService"/> over its SQLite alarm store, all on one fake clock; the city is Copenhagen.
/// </summary>
internal sealed class DetectionHarness : IDisposable
{
    public DetectionHarness()
    {
        Alarms = new SqliteAlarmStore(Db.Database);
        Findings = new SqliteFindingStore(Db.Database);
        AlarmService = new AlarmService(Alarms, Db.Devices, [], Db.Time, NullLogger<AlarmService>.Instance);
        Recorder = new FindingRecorder(Findings, AlarmService, Db.Time, NullLogger<FindingRecorder>.Instance);
        Balances = new FeederBalances(Db.ServicePoints, Db.Installations, Db.Meters, Db.Intervals);
        Runner = new DetectionRunner(Db.Meters, Db.ServicePoints, Db.Installations, Db.Intervals, Balances, Recorder,
            Options.Create(new DetectionOptions()), Options.Create(new CityOptions { TimeZone = "Europe/Copenhagen" }));
        Tamper = new TamperHandler(Db.Meters, Db.Installations, Db.ServicePoints, Recorder);
    }

    public MeteringDatabase Db { get; } = new();

    public SqliteAlarmStore Alarms { get; }

    public SqliteFindingStore Findings { get; }

    public AlarmService AlarmService { get; }

    public FindingRecorder Recorder { get; }

    public FeederBalances Balances { get; }

    public DetectionRunner Runner { get; }

    public TamperHandler Tamper { get; }

    /// <summary>A service point with a meter installed from 2026-01-01 (with a registry device when <paramref name="deviceId"/> is given).</summary>
    public Task<Meter> MeterAtAsync(string meterId, MeterKind kind, string servicePointId, string? deviceId, string? feederMeterId = null, bool occupied = true) =>
        MeterAtAsync(meterId, kind, servicePointId, deviceId, feederMeterId is null ? [] : [feederMeterId], occupied);

    /// <summary>A meter installed from 2026-01-01 at a service point, created with <paramref name="feederMeterIds"/> unless it exists.</summary>
    public async Task<Meter> MeterAtAsync(string meterId, MeterKind kind, string servicePointId, string? deviceId, IReadOnlyList<string> feederMeterIds, bool occupied = true)
    {
        if (await Db.Accounts.GetAsync("acct-1") is null)
        {
            await Db.AccountAsync();
        }

        if (deviceId is not null)
        {
            await Db.DeviceAsync(deviceId, MeterKinds.ProfileOf(kind));
        }

        var meter = new Meter(meterId, kind, "SN-" + meterId, deviceId, 6, 1, 60, MeteringDatabase.Start, MeteringDatabase.Start);
        Assert.True(await Db.Meters.CreateAsync(meter));
        var point = new ServicePoint(servicePointId, "acct-1", ServicePointKind.Household, "Quay " + servicePointId, "harbour", new GeoPoint(12.57, 55.68), occupied,
            feederMeterIds, MeteringDatabase.Start, MeteringDatabase.Start);
        Assert.True(await Db.ServicePoints.GetAsync(servicePointId) is not null || await Db.ServicePoints.CreateAsync(point));
        var installed = await Db.Installations.SaveAsync(new Installation(0, meterId, servicePointId, Flows.Utc("2026-01-01T00:00:00Z"), null, 0, null), kind);
        Assert.Equal(InstallationOutcome.Saved, installed.Outcome);
        return meter;
    }

    /// <summary>A feeder (district) meter: registered, not installed at a household.</summary>
    public async Task FeederAsync(string meterId, MeterKind kind) =>
        Assert.True(await Db.Meters.CreateAsync(new Meter(meterId, kind, "SN-" + meterId, null, 7, 1, 60, MeteringDatabase.Start, MeteringDatabase.Start)));

    public Task SaveAsync(string meterId, IEnumerable<IntervalValue> values) =>
        Db.Intervals.SaveAsync([new IntervalWrite(meterId, values.Select(v => new StoredInterval(v)).ToList(), [], "vee", Db.Time.GetUtcNow())]);

    public async Task<IReadOnlyList<Alarm>> AlarmsOfAsync(string deviceId) =>
        (await Alarms.QueryAsync(new AlarmQuery(DeviceId: deviceId, Limit: 100))).Items;

    public void Dispose()
    {
        Runner.Dispose();
        Db.Dispose();
    }
}
