using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polis.Platform.City;

namespace Polis.Metering.Detection;

/// <summary>
/// The hosted side of detection: handles tamper reports as they arrive, and every <see cref="DetectionOptions.Interval"/>
/// assesses each local day that has completed since the last run (yesterday at start-up: re-running a day only
/// updates what is open). A failed run is logged and retried at the next tick.
/// </summary>
public sealed partial class DetectionService(
    DetectionRunner runner, TamperHandler tamper, TamperInbox inbox, IOptions<DetectionOptions> options, IOptions<CityOptions> city,
    TimeProvider timeProvider, ILogger<DetectionService> logger) : BackgroundService
{
    private DateOnly? _assessedTo;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(HandleTamperAsync(stoppingToken), options.Value.Enabled ? ScheduleAsync(stoppingToken) : Task.CompletedTask);

    /// <summary>Assesses the completed local days not assessed yet; returns the run, or null when there was none to do.</summary>
    public async Task<DetectionRunResult?> RunDueAsync(CancellationToken cancellationToken)
    {
        var today = LocalTime.DateOf(timeProvider.GetUtcNow(), city.Value.Zone);
        var from = _assessedTo ?? today.AddDays(-1);
        if (from >= today)
        {
            return null;
        }

        var result = await runner.RunAsync(from, today, null, cancellationToken);
        _assessedTo = today;
        LogRun(logger, result.From, result.To, result.Meters, result.Opened, result.Updated, result.Resolved);
        return result;
    }

    private async Task ScheduleAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path: the host waits for every service's synchronous start before it serves requests.
        await Task.Yield();
        using var timer = new PeriodicTimer(options.Value.Interval, timeProvider);
        do
        {
            try
            {
                await RunDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRunFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task HandleTamperAsync(CancellationToken stoppingToken)
    {
        await foreach (var report in inbox.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await tamper.HandleAsync(report, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogTamperFailed(logger, report.DeviceId, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Detection over {From}–{To}: {Meters} meters, {Opened} findings opened, {Updated} updated, {Resolved} resolved")]
    private static partial void LogRun(ILogger logger, DateOnly from, DateOnly to, int meters, int opened, int updated, int resolved);

    [LoggerMessage(Level = LogLevel.Error, Message = "A detection run failed; it is retried at the next tick")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling the tamper report of {DeviceId} failed")]
    private static partial void LogTamperFailed(ILogger logger, string deviceId, Exception exception);
}
