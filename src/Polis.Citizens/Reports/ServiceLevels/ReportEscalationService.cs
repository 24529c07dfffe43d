using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polis.Citizens.Reports.Catalogue;
using Polis.Citizens.Reports.Sla;
using Polis.Citizens.Reports.Store;
using Polis.Platform.Alarms;

namespace Polis.Citizens.Reports.ServiceLevels;

/// <summary>
/// Escalates overdue reports on the city's working calendar. Each sweep gives open reports without a due date one
/// (from when they were made), raises the stored escalation level of open reports past their fix due date as the
/// <see cref="EscalationLadder"/> says (level 1 at once, one more every <see cref="SlaPolicy.EscalateEvery"/> of overdue
/// working time), writes an internal history note per step and raises or updates the report's one platform alarm; a
/// report no longer open stops escalating and its alarm is cleared. Levels are stored, so a sweep after a restart (or
/// on another node) repeats nothing.
/// </summary>
public sealed partial class ReportEscalationService(
    IServiceLevelReports reports,
    IReportStore store,
    IServiceCatalogueStore catalogue,
    ServiceLevelSettings settings,
    AlarmService alarms,
    IOptions<ReportEscalationOptions> options,
    TimeProvider timeProvider,
    ILogger<ReportEscalationService> logger) : BackgroundService
{
    public const string Actor = "sla-escalation";

    /// <summary>One sweep; public so tests drive it with a fake clock.</summary>
    public async Task<EscalationSweep> SweepAsync(CancellationToken cancellationToken = default)
    {
        var levels = await settings.GetAsync(cancellationToken);
        var groups = (await catalogue.ListAsync(includeInactive: true, cancellationToken))
            .ToDictionary(s => s.Service.Code, s => s.Service.Group, StringComparer.OrdinalIgnoreCase);
        var scheduled = 0;
        foreach (var report in await reports.ListUnscheduledAsync(cancellationToken))
        {
            var (acknowledgeDueAt, dueAt) = levels.DueDates(report.ServiceCode, groups.GetValueOrDefault(report.ServiceCode), report.RequestedAt);
            scheduled += await reports.ScheduleAsync(report.Id, acknowledgeDueAt, dueAt, cancellationToken) ? 1 : 0;
        }

        var clock = new SlaClock(levels.Calendar, timeProvider);
        var now = timeProvider.GetUtcNow();
        var escalated = 0;
        foreach (var report in await reports.ListOverdueAsync(now, cancellationToken))
        {
            var policy = levels.Policies.For(report.ServiceCode, groups.GetValueOrDefault(report.ServiceCode));
            var target = clock.Against(report.DueAt!.Value, null, policy, levels.LadderFor(report.Department));
            if (target.EscalationLevel > report.EscalationLevel && target.EscalateTo is { } recipient
                && await reports.EscalateAsync(report.Id, target.EscalationLevel, recipient, now, cancellationToken))
            {
                escalated++;
                var note = $"Overdue since {CityTime.ToCity(target.Due, levels.Calendar.Zone):yyyy-MM-dd HH:mm zzz} " +
                    $"({target.WorkingTimeOverdue.TotalHours:0.##} working hours): escalated to level {target.EscalationLevel}, {recipient}.";
                await store.ChangeAsync(new ReportChange(report.Id, null, note, false, Actor, now), cancellationToken);
                await AlarmAsync(() => alarms.RaiseAsync(ReportEscalationAlarms.Trigger(report, target.EscalationLevel, recipient, now), cancellationToken), report.Id);
            }
        }

        var settled = 0;
        foreach (var reportId in await reports.ListUnsettledDoneAsync(cancellationToken))
        {
            if (await AlarmAsync(() => alarms.ClearForRuleAsync(ReportEscalationAlarms.SourceOf(reportId), ReportEscalationAlarms.RuleId, cancellationToken), reportId))
            {
                await reports.SettleAsync(reportId, cancellationToken);
                settled++;
            }
        }

        return new EscalationSweep(scheduled, escalated, settled);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, timeProvider);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogSweepFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>An alarm that cannot be raised or cleared is logged; the escalation itself is already stored and stays.</summary>
    private async Task<bool> AlarmAsync(Func<Task> change, long reportId)
    {
        try
        {
            await change();
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogAlarmFailed(logger, reportId, ex);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Report escalation sweep failed; retrying at the next interval")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "The overdue alarm of report {ReportId} could not be raised or cleared")]
    private static partial void LogAlarmFailed(ILogger logger, long reportId, Exception exception);
}
