using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Polis.Platform.Alarms;
using Polis.Platform.Devices;
using Polis.Storage.Sqlite.Alarms;
using Polis.Storage.Sqlite.Registry;

namespace Polis.Storage.Sqlite.Tests.Alarms;

/// <summary>The real alarm service on a real SQLite file, with a fake clock and a recording observer.</summary>
public sealed class AlarmFixture : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "polis-alarms-" + Guid.NewGuid().ToString("N")[..10]);

    public AlarmFixture()
    {
        Database = new SqliteDatabase(Path.Combine(_directory, "polis.db"));
        Database.Migrate();
        Registry = new SqliteDeviceRegistryStore(Database);
        Store = new SqliteAlarmStore(Database);
        Service = new AlarmService(Store, Registry, [Observer], Time, NullLogger<AlarmService>.Instance);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    public SqliteDatabase Database { get; }

    public SqliteDeviceRegistryStore Registry { get; }

    public SqliteAlarmStore Store { get; }

    public AlarmService Service { get; }

    public RecordingObserver Observer { get; } = new();

    public AlarmEscalationService Escalation(TimeSpan after, int max) =>
        new(Store, Service, Options.Create(new AlarmOptions { EscalateAfter = after, MaxEscalations = max }), Time, NullLogger<AlarmEscalationService>.Instance);

    public async Task AddDeviceAsync(string id, string district)
    {
        await Registry.UpsertProfileAsync(BuiltInProfiles.All.Single(p => p.Id == "air-quality"));
        var device = new Device(id, "air-quality", id, district, null, new Dictionary<string, string>(), [], Time.GetUtcNow(), Time.GetUtcNow());
        Assert.True(await Registry.CreateDevicesAsync([(device, AccessTokens.Hash(id + "-token-0123456789"))]));
    }

    public AlarmTrigger Trigger(string device, string rule = "pm25-high", AlarmSeverity severity = AlarmSeverity.Major, string details = """{"pm25":40}""") =>
        new(device, rule, "PM2.5 high", severity, details, Time.GetUtcNow());

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    public sealed class RecordingObserver : IAlarmObserver
    {
        public List<(Guid Id, AlarmChange Change)> Changes { get; } = [];

        public Task OnAlarmChangedAsync(Alarm alarm, AlarmChange change, CancellationToken cancellationToken)
        {
            lock (Changes)
            {
                Changes.Add((alarm.Id, change));
            }

            return Task.CompletedTask;
        }
    }
}
