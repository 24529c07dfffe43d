using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polis.Metering.Ingest;
using Polis.Metering.Meters;
using Polis.Metering.Processing;
using Polis.Metering.Readings;
using Polis.Metering.Registers;
using Polis.Metering.Validation;
using Polis.Platform.City;
using Polis.Storage.Sqlite.Metering;

namespace Polis.Metering.Tests.Processing;

/// <summary>
/// Validation in production without a host: the real SQLite stores (reads, queue, edits, intervals) of one database,
/// the validator, the service and the analyst editor on a fake clock in Copenhagen. Tests store reads and run passes.
/// </summary>
internal sealed class ValidationHarness : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public ValidationHarness()
    {
        Queue = new SqliteDirtyMeterStore(Db.Database);
        Edits = new SqliteIntervalEditStore(Db.Database);
        Stats = new SqliteVeeStatsStore(Db.Database);
        Service = NewService();
        Editor = new AnalystEditor(Db.Meters, Db.Intervals, Edits, Options.Create(new VeeOptions()), Options.Create(new ValidationOptions()), City, Db.Time);
    }

    public static IOptions<CityOptions> City { get; } = Options.Create(new CityOptions { TimeZone = "Europe/Copenhagen" });

    public MeteringDatabase Db { get; } = new();

    public SqliteDirtyMeterStore Queue { get; }

    public SqliteIntervalEditStore Edits { get; }

    public SqliteVeeStatsStore Stats { get; }

    public ValidationService Service { get; }

    public AnalystEditor Editor { get; }

    /// <summary>
    /// A service as a restarted process has it: new objects over the same database, nothing in memory (with the
    /// city's holidays when given).
    /// </summary>
    public ValidationService NewService(MeteringCalendarOptions? calendar = null)
    {
        var validator = new MeterValidator(Db.Meters, Db.Installations, Db.Reads, Db.Intervals, new SqliteIntervalEditStore(Db.Database),
            Options.Create(new VeeOptions()), Options.Create(new RegisterOptions()), Options.Create(new ValidationOptions()), City, Db.Time,
            Options.Create(calendar ?? new MeteringCalendarOptions()));
        return new ValidationService(new SqliteDirtyMeterStore(Db.Database), validator, Db.Intervals,
            new ValidationMetrics(_services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()),
            Options.Create(new ValidationOptions()), Db.Time, NullLogger<ValidationService>.Instance);
    }

    /// <summary>Stores real (or any) register reads of a meter as a device's flush would.</summary>
    public async Task StoreAsync(string meterId, IEnumerable<RegisterRead> reads, ReadSource source = ReadSource.Device)
    {
        var now = Db.Time.GetUtcNow();
        await Db.Reads.AppendAsync([.. reads.Select(r => new RegisterReadWrite(meterId, r.At, r.Value, now, source))]);
    }

    public Task<IReadOnlyList<StoredInterval>> SeriesAsync(string meterId) =>
        Db.Intervals.ListAsync(meterId, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddYears(100));

    public Task<IReadOnlyList<IntervalAuditRecord>> AuditAsync(string meterId) =>
        Db.Intervals.ListAuditAsync(meterId, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddYears(100));

    /// <summary>What VEE computes directly over the same hourly grid from the same reads (no history before it).</summary>
    public static VeeResult Expected(RegisterRead[] reads, DateTimeOffset from, DateTimeOffset to, TimeProvider clock, IReadOnlyList<IntervalValue>? history = null)
    {
        var conversion = RegisterConverter.Convert(IntervalGrid.Between(from, to, TimeSpan.FromHours(1)), reads, new RegisterOptions(), RegisterInstallation.CapacityOfDigits(6));
        return VeeEngine.Run(VeeInput.FromRegisters(conversion, City.Value.Zone) with { History = history ?? [] }, new VeeOptions(), clock);
    }

    public void Dispose()
    {
        _services.Dispose();
        Db.Dispose();
    }
}
