using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Polis.Platform.Telemetry;

/// <summary>
/// Applies telemetry retention once at start (a node restarted more often than the interval must still
/// expire data) and then every <see cref="TelemetryOptions.RetentionInterval"/>. The store deletes in
/// bounded chunks, so a run never starves ingest.
/// </summary>
public sealed partial class TelemetryRetentionService(
    ITelemetryStore store,
    IOptions<TelemetryOptions> options,
    TimeProvider timeProvider,
    ILogger<TelemetryRetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetentionInterval, timeProvider);
        try
        {
            do
            {
                await RunOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        try
        {
            var removed = await store.ApplyRetentionAsync(now, stoppingToken);
            if (removed > 0)
            {
                LogApplied(removed, now);
            }
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // Keep the schedule: a failed run (disk full, locked file) is retried at the next tick.
            LogFailed(ex);
        }
    }

    [LoggerMessage(EventId = 3110, Level = LogLevel.Information, Message = "Telemetry retention removed {Rows} row(s) at {Now}")]
    private partial void LogApplied(long rows, long now);

    [LoggerMessage(EventId = 3111, Level = LogLevel.Error, Message = "Telemetry retention failed; retrying at the next interval")]
    private partial void LogFailed(Exception exception);
}
