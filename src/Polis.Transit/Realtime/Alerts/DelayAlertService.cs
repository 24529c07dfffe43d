using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polis.Transit.Realtime.Cancellations;

namespace Polis.Transit.Realtime.Alerts;

/// <summary>
/// Every <see cref="DelayAlertOptions.CheckInterval"/>, reads the live vehicles and raises, updates or clears the
/// automatic SIGNIFICANT_DELAYS alerts (<see cref="DelayAlerts"/>). The alerts are stored with source automatic, so
/// the API lists them and /gtfs-rt/alerts publishes them; their ids come from the run, so a restart never doubles
/// them. The first check waits one interval, giving the tracker time to hear from the vehicles again after a restart.
/// </summary>
public sealed partial class DelayAlertService(
    TransitRealtimeSources sources,
    IServiceAlertStore alerts,
    ITripCancellationStore cancellations,
    IOptions<DelayAlertOptions> options,
    IOptions<GtfsRealtimeOptions> feedOptions,
    TimeProvider timeProvider,
    ILogger<DelayAlertService> logger) : BackgroundService
{
    /// <summary>One check; public so tests drive it with a fake clock.</summary>
    public async Task<DelayAlertPlan> CheckAsync(CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        var network = sources.Network;
        var stored = await alerts.ListAsync(cancellationToken);
        IReadOnlyList<FeedVehicle> vehicles = [];
        if (network is not null)
        {
            var input = new RealtimeFeedInput(network, sources.Vehicles, await cancellations.ListAsync(cancellationToken), [], now, feedOptions.Value.StaleVehicleAge);
            vehicles = FeedVehicleSelection.Select(input, FeedVehicleSelection.CancelledRuns(input));
        }

        var plan = DelayAlerts.Plan(vehicles, stored, options.Value, network?.TimeZone ?? TimeZoneInfo.Utc, now);
        foreach (var alert in plan.Add)
        {
            if (!await alerts.AddAsync(alert, cancellationToken))
            {
                await alerts.ReplaceAsync(alert, cancellationToken); // another node raised it first
            }

            LogRaised(logger, alert.Id, alert.Header);
        }

        foreach (var alert in plan.Replace)
        {
            await alerts.ReplaceAsync(alert, cancellationToken);
        }

        foreach (var id in plan.Delete)
        {
            await alerts.DeleteAsync(id, cancellationToken);
            LogCleared(logger, id);
        }

        return plan;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.CheckInterval, timeProvider);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await CheckAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Delay alert {AlertId} raised: {Header}")]
    private static partial void LogRaised(ILogger logger, string alertId, string header);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delay alert {AlertId} cleared")]
    private static partial void LogCleared(ILogger logger, string alertId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delay alert check failed; retrying at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
