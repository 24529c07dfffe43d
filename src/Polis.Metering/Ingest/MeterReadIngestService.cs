using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polis.Metering.Meters;

namespace Polis.Metering.Ingest;

/// <summary>
/// The ingest worker: collects queued register readings and every <see cref="MeteringIngestOptions.FlushInterval"/>
/// files them under the meter each device reports as, in one transaction; readings of devices without a meter are
/// tallied (<see cref="IUnassignedDeviceStore"/>). It back-fills from the telemetry store what the queue never carried:
/// a device's history when a meter is registered for it, readings set aside while it was behind or while a write
/// failed, and at start whatever arrived after each meter's latest read (a crash between acknowledgement and flush).
/// </summary>
public sealed partial class MeterReadIngestService(
    MeteringInbox inbox,
    MeterDirectory directory,
    IRegisterReadStore reads,
    IUnassignedDeviceStore unassigned,
    RegisterBackfill backfill,
    MeteringIngestMetrics metrics,
    IOptions<MeteringIngestOptions> options,
    TimeProvider timeProvider,
    ILogger<MeterReadIngestService> logger) : BackgroundService, IMeterChangeObserver
{
    private readonly Lock _gate = new();
    private readonly MeteringIngestOptions _options = options.Value;
    private List<DeviceRegisterReadings> _pending = [];
    private Dictionary<string, (long FromMs, bool Assigned)> _backfills = new(StringComparer.Ordinal);

    /// <summary>Collects one ingest call's readings for the next flush (public so tests drive it without the loop).</summary>
    public void Handle(DeviceRegisterReadings readings)
    {
        ArgumentNullException.ThrowIfNull(readings);
        lock (_gate)
        {
            if (_pending.Count < _options.QueueCapacity)
            {
                _pending.Add(readings);
                return;
            }
        }

        SetAside(readings);
    }

    public void OnMeterChanged(Meter? before, Meter? after)
    {
        directory.Invalidate();
        if (after?.DeviceId is { } deviceId && deviceId != before?.DeviceId)
        {
            RequestBackfill(deviceId, 0, assigned: true);
        }
    }

    /// <summary>Asks the next flush to copy a device's telemetry from <paramref name="fromMs"/> on into its meter's reads.</summary>
    public void RequestBackfill(string deviceId, long fromMs, bool assigned = false)
    {
        lock (_gate)
        {
            _backfills[deviceId] = _backfills.TryGetValue(deviceId, out var earlier)
                ? (Math.Min(earlier.FromMs, fromMs), earlier.Assigned || assigned)
                : (fromMs, assigned);
        }
    }

    /// <summary>Writes the collected readings, then runs the requested back-fills (which skip what is already stored).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        foreach (var (deviceId, fromMs) in inbox.TakeMissed())
        {
            RequestBackfill(deviceId, fromMs);
        }

        List<DeviceRegisterReadings> pending;
        Dictionary<string, (long FromMs, bool Assigned)> backfills;
        lock (_gate)
        {
            (pending, _pending) = (_pending, []);
            (backfills, _backfills) = (_backfills, new(StringComparer.Ordinal));
        }

        if (pending.Count == 0 && backfills.Count == 0)
        {
            return;
        }

        IReadOnlyDictionary<string, DeviceMeter> meters;
        try
        {
            meters = await directory.GetAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogDirectoryFailed(logger, ex);
            Retry(pending, backfills);
            return;
        }

        await WriteAsync(meters, pending, cancellationToken);
        await BackfillAsync(meters, backfills, cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await CatchUpAsync(stoppingToken);
        var flushing = FlushLoopAsync(stoppingToken);
        try
        {
            await foreach (var readings in inbox.Reader.ReadAllAsync(stoppingToken))
            {
                Handle(readings);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }

        await flushing;
        await FlushAsync(CancellationToken.None);
    }

    /// <summary>
    /// Requests, for every meter with a device, the telemetry after its latest stored read, and the whole history of a
    /// device still tallied as unassigned though a meter now reports as it (its registration's back-fill never finished).
    /// </summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var meters = await directory.GetAsync(cancellationToken);
            foreach (var device in await unassigned.ListAsync(cancellationToken))
            {
                if (meters.ContainsKey(device.DeviceId))
                {
                    RequestBackfill(device.DeviceId, 0, assigned: true);
                }
            }

            foreach (var meter in meters.Values)
            {
                var latest = await reads.GetLatestAtAsync(meter.MeterId, cancellationToken);
                RequestBackfill(meter.DeviceId, latest is { } at ? at.ToUnixTimeMilliseconds() + 1 : 0);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogCatchUpFailed(logger, ex);
        }
    }

    private async Task BackfillAsync(IReadOnlyDictionary<string, DeviceMeter> meters, Dictionary<string, (long FromMs, bool Assigned)> backfills, CancellationToken cancellationToken)
    {
        foreach (var (deviceId, request) in backfills)
        {
            if (!meters.TryGetValue(deviceId, out var meter))
            {
                continue; // no meter (any more): its readings stay in telemetry until one is registered
            }

            try
            {
                var stored = await backfill.RunAsync(meter, request.FromMs, _options.BackfillPageSize, cancellationToken);
                if (request.Assigned)
                {
                    await unassigned.RemoveAsync(deviceId, cancellationToken);
                }

                if (stored > 0)
                {
                    LogBackfilled(logger, stored, deviceId, meter.MeterId);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogBackfillFailed(logger, deviceId, ex);
                RequestBackfill(deviceId, request.FromMs, request.Assigned);
            }
        }
    }

    private async Task WriteAsync(IReadOnlyDictionary<string, DeviceMeter> meters, List<DeviceRegisterReadings> pending, CancellationToken cancellationToken)
    {
        var writes = new List<RegisterReadWrite>();
        var strays = new Dictionary<string, UnassignedDevice>(StringComparer.Ordinal);
        foreach (var readings in pending)
        {
            if (meters.TryGetValue(readings.DeviceId, out var meter))
            {
                writes.AddRange(readings.Points.Where(p => p.Key == meter.ReadingKey).Select(p => new RegisterReadWrite(meter.MeterId, DateTimeOffset.FromUnixTimeMilliseconds(p.Timestamp), p.Value.Number, readings.ReceivedAt, ReadSource.Device)));
            }
            else
            {
                strays[readings.DeviceId] = UnassignedTally.Add(strays.GetValueOrDefault(readings.DeviceId), readings);
            }
        }

        try
        {
            if (writes.Count > 0)
            {
                metrics.Stored(ReadSource.Device, await reads.AppendAsync(writes, cancellationToken));
            }

            if (strays.Count > 0)
            {
                await unassigned.RecordAsync([.. strays.Values], cancellationToken);
                metrics.Unassigned(strays.Values.Sum(s => s.Readings));
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogWriteFailed(logger, writes.Count, ex);
            Retry(pending, []);
        }
    }

    /// <summary>After a failure, everything collected is in the telemetry store: back-fill it later rather than hold it.</summary>
    private void Retry(List<DeviceRegisterReadings> pending, Dictionary<string, (long FromMs, bool Assigned)> backfills)
    {
        foreach (var readings in pending)
        {
            SetAside(readings);
        }

        foreach (var (deviceId, request) in backfills)
        {
            RequestBackfill(deviceId, request.FromMs, request.Assigned);
        }
    }

    private void SetAside(DeviceRegisterReadings readings)
    {
        inbox.NoteMissed(readings.DeviceId, readings.Points.Min(p => p.Timestamp));
        metrics.Missed(readings.Points.Count);
    }

    private async Task FlushLoopAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.FlushInterval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down: ExecuteAsync makes the last flush
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing {Reads} register reads failed; they will be back-filled from telemetry")]
    private static partial void LogWriteFailed(ILogger logger, int reads, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Loading which meter each device reports as failed; the readings will be back-filled from telemetry")]
    private static partial void LogDirectoryFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Back-filling the register readings of {DeviceId} from telemetry failed; retried at the next flush")]
    private static partial void LogBackfillFailed(ILogger logger, string deviceId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Catching up on readings received before the last stop failed")]
    private static partial void LogCatchUpFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Back-filled {Reads} register reads of device {DeviceId} into meter {MeterId}")]
    private static partial void LogBackfilled(ILogger logger, int reads, string deviceId, string meterId);
}
