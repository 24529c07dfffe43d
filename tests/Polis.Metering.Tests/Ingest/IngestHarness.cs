using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polis.Contracts.Telemetry;
using Polis.Metering.Ingest;
using Polis.Metering.Meters;
using Polis.Platform.Telemetry;
using Polis.Storage.Sqlite.Telemetry;

namespace Polis.Metering.Tests.Ingest;

/// <summary>
/// The ingest path without a host: the observer, the inbox, the service, a meter registry telling it of changes, over a
/// real SQLite file holding both the platform's telemetry and the metering stores. Tests drain the inbox and flush by hand.
/// </summary>
internal sealed class IngestHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly IOptions<MeteringIngestOptions> _options;

    public IngestHarness(int queueCapacity = 1_000)
    {
        var options = Options.Create(new MeteringIngestOptions { QueueCapacity = queueCapacity, BackfillPageSize = 10 });
        Telemetry = new SqliteTelemetryStore(Db.Database, Options.Create(new TelemetryOptions()), Db.Time, NullLogger<SqliteTelemetryStore>.Instance);
        Metrics = new MeteringIngestMetrics(_services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        Inbox = new MeteringInbox(options);
        _options = options;
        Service = NewService();
        Observer = new MeterReadingObserver(Inbox, Metrics, Db.Time, NullLogger<MeterReadingObserver>.Instance);
        Registry = new MeterRegistry(Db.Meters, Db.Devices, [Service], Db.Time);
        Importer = new ReadImporter(Db.Reads, Metrics, options, Db.Time);
    }

    public MeteringDatabase Db { get; } = new();

    public SqliteTelemetryStore Telemetry { get; }

    public MeteringIngestMetrics Metrics { get; }

    public MeteringInbox Inbox { get; }

    public MeterReadIngestService Service { get; }

    public MeterReadingObserver Observer { get; }

    public MeterRegistry Registry { get; }

    public ReadImporter Importer { get; }

    /// <summary>A service as a restarted process has it: nothing in memory, the meters loaded afresh.</summary>
    public MeterReadIngestService NewService() =>
        new(Inbox, new MeterDirectory(Db.Meters), Db.Reads, Db.Unassigned, new RegisterBackfill(Telemetry, Db.Reads, Metrics, Db.Time),
            Metrics, _options, Db.Time, NullLogger<MeterReadIngestService>.Instance);

    /// <summary>What the platform's ingest does with a device message: store it durably, then tell the observers.</summary>
    public async Task PublishAsync(string deviceId, string profileId, params TelemetryPoint[] points)
    {
        await Telemetry.AppendAsync(deviceId, points, Db.Time.GetUtcNow().ToUnixTimeMilliseconds());
        Observer.OnReadings(deviceId, profileId, points);
    }

    /// <summary>Moves everything queued into the service and writes it, as the worker's loops would.</summary>
    public async Task DrainAndFlushAsync()
    {
        while (Inbox.Reader.TryRead(out var readings))
        {
            Service.Handle(readings);
        }

        await Service.FlushAsync();
    }

    public static TelemetryPoint Point(string key, DateTimeOffset at, double value) => new(key, at.ToUnixTimeMilliseconds(), TelemetryValue.FromNumber(value));

    public static Meter Meter(string id, MeterKind kind, string? deviceId) => new(id, kind, "SN-" + id, deviceId, 6, 1, 60, default, default);

    public async ValueTask DisposeAsync()
    {
        await Telemetry.DisposeAsync();
        await _services.DisposeAsync();
        Db.Dispose();
    }
}
