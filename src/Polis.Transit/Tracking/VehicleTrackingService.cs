using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polis.Transit.Feeds;

namespace Polis.Transit.Tracking;

/// <summary>
/// The tracker's worker: reads queued bus readings in order, runs each report through the <see cref="VehicleTracker"/>
/// against the active network, publishes the vehicle's state, and every <see cref="TrackingOptions.FlushInterval"/>
/// writes what was recorded in one batch and forgets vehicles gone quiet. A failed write is kept for the next one.
/// Until a feed is active vehicles are tracked unmatched.
/// </summary>
public sealed partial class VehicleTrackingService(
    TrackingInbox inbox,
    LiveVehicleRegistry registry,
    VehicleLabels labels,
    ITrackingHistoryStore store,
    ITransitNetworkProvider networkProvider,
    TrackingMetrics metrics,
    IOptions<TrackingOptions> options,
    TimeProvider timeProvider,
    ILogger<VehicleTrackingService> logger) : BackgroundService
{
    private readonly Lock _gate = new();
    private readonly VehicleTracker _tracker = new(options.Value);
    private long _droppedLogged;

    /// <summary>Runs one ingest call's readings through the tracker (public so tests drive it without the loop).</summary>
    public void Handle(VehicleReadings readings)
    {
        ArgumentNullException.ThrowIfNull(readings);
        try
        {
            var network = networkProvider.Current;
            foreach (var report in VehicleReportReader.Read(readings.DeviceId, readings.Points))
            {
                TrackResult result;
                lock (_gate)
                {
                    result = _tracker.Process(report, network, timeProvider.GetUtcNow());
                }

                metrics.Processed(result);
                if (result.Rejection is null && result.State is { } state)
                {
                    registry.Publish(state with { Label = labels.Find(state.VehicleId) }, result.Counts);
                }
                else
                {
                    registry.UpdateCounts(report.VehicleId, result.Counts);
                }

                foreach (var displaced in result.Displaced)
                {
                    registry.Publish(displaced.State with { Label = labels.Find(displaced.State.VehicleId) }, displaced.Counts);
                }
            }
        }
        catch (Exception ex)
        {
            // A report that breaks the pipeline is a bug to log, never a reason to stop tracking the others.
            LogReportFailed(logger, readings.DeviceId, ex);
        }
    }

    /// <summary>Writes what was recorded since the last flush and forgets expired vehicles.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        TrackingHistoryBatch batch;
        IReadOnlyList<string> expired;
        long dropped;
        lock (_gate)
        {
            expired = _tracker.Expire(timeProvider.GetUtcNow());
            batch = _tracker.Recorder.TakeBatch();
            dropped = _tracker.Recorder.DroppedEvents;
        }

        if (dropped > _droppedLogged)
        {
            LogEventsDropped(logger, dropped);
            _droppedLogged = dropped;
        }

        if (expired.Count > 0)
        {
            registry.Remove(expired);
        }

        if (batch.IsEmpty)
        {
            return;
        }

        try
        {
            await store.AppendAsync(batch, cancellationToken);
        }
        catch (Exception ex)
        {
            lock (_gate)
            {
                _tracker.Recorder.ReturnBatch(batch);
            }

            if (ex is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                throw; // shutting down: the last flush writes it
            }

            LogWriteFailed(logger, batch.StopEvents.Count, ex);
        }
    }

    /// <summary>Loads the stored running-time history that predictions start from.</summary>
    public async Task LoadHistoryAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var (segments, dwells) = await store.LoadStatisticsAsync(cancellationToken);
            lock (_gate)
            {
                _tracker.Recorder.History.Load(segments, dwells);
            }

            LogHistoryLoaded(logger, segments.Count, dwells.Count);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogHistoryLoadFailed(logger, ex);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await LoadHistoryAsync(stoppingToken);
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

    private async Task FlushLoopAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.FlushInterval, timeProvider);
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Tracking a report of vehicle {VehicleId} failed")]
    private static partial void LogReportFailed(ILogger logger, string vehicleId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing the tracking history ({StopEvents} stop events) failed; it is kept for the next write")]
    private static partial void LogWriteFailed(ILogger logger, int stopEvents, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The tracking history could not be written for a while: {Dropped} stop events dropped so far")]
    private static partial void LogEventsDropped(ILogger logger, long dropped);

    [LoggerMessage(Level = LogLevel.Information, Message = "Running-time history loaded: {Segments} segment cells, {Dwells} dwell cells")]
    private static partial void LogHistoryLoaded(ILogger logger, int segments, int dwells);

    [LoggerMessage(Level = LogLevel.Error, Message = "Loading the running-time history failed; predictions start from the schedule")]
    private static partial void LogHistoryLoadFailed(ILogger logger, Exception exception);
}
