using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Polis.Platform.Alarms;

/// <summary>
/// Escalates alarms nobody acknowledged: level n once an alarm has waited (n+1) × EscalateAfter.
/// The check reads the store, so escalation survives restarts and works whichever node runs it.
/// </summary>
public sealed partial class AlarmEscalationService(
    IAlarmStore store,
    AlarmService alarms,
    IOptions<AlarmOptions> options,
    TimeProvider timeProvider,
    ILogger<AlarmEscalationService> logger) : BackgroundService
{
    /// <summary>One pass; public so tests can drive it with a fake clock.</summary>
    public async Task<int> EscalateDueAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var now = timeProvider.GetUtcNow();
        var escalated = 0;
        for (var level = 1; level <= settings.MaxEscalations; level++)
        {
            var startedBefore = now - (settings.EscalateAfter * level);
            foreach (var alarm in await store.FindUnacknowledgedAsync(startedBefore, level, cancellationToken))
            {
                if (await alarms.EscalateAsync(alarm.Id, level, cancellationToken) is { EscalationLevel: var reached } && reached == level)
                {
                    escalated++;
                }
            }
        }

        return escalated;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckInterval, timeProvider);
        do
        {
            try
            {
                await EscalateDueAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Alarm escalation check failed; retrying at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
