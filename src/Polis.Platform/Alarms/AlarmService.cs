using Microsoft.Extensions.Logging;
using Polis.Platform.Devices;

namespace Polis.Platform.Alarms;

/// <summary>
/// The alarm lifecycle. Rules call <see cref="RaiseAsync"/> and <see cref="ClearForRuleAsync"/>;
/// operators acknowledge, clear, assign and comment. Every change is stored with a history event before
/// observers (live views, notifications) hear of it. Concurrent changes are retried against the fresh
/// alarm, so nothing is lost and no (device, rule) ever has two open alarms.
/// </summary>
public sealed partial class AlarmService(
    IAlarmStore store,
    IDeviceRegistryStore registry,
    IEnumerable<IAlarmObserver> observers,
    TimeProvider timeProvider,
    ILogger<AlarmService> logger)
{
    private const int MaxAttempts = 5;
    public const string RuleActor = "rule";

    /// <summary>Longest comment and assignee accepted, by the API and the dashboard alike.</summary>
    public const int MaxCommentLength = 4_000;

    public const int MaxAssigneeLength = 200;

    /// <summary>Opens an alarm for (device, rule) or updates the open one; returns it and whether it is new.</summary>
    public async Task<(Alarm Alarm, bool Created)> RaiseAsync(AlarmTrigger trigger, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (await store.FindOpenAsync(trigger.DeviceId, trigger.RuleId, cancellationToken) is { } open)
            {
                var updated = open with
                {
                    Severity = trigger.Severity,
                    Name = trigger.Name,
                    DetailsJson = trigger.DetailsJson,
                    LastTriggeredAt = trigger.At,
                    TriggerCount = open.TriggerCount + 1,
                    Version = open.Version + 1,
                };
                if (await store.UpdateAsync(updated, Event(updated.Id, "updated", RuleActor, null), cancellationToken))
                {
                    await NotifyAsync(updated, AlarmChange.Updated, cancellationToken);
                    return (updated, false);
                }
            }
            else
            {
                var device = await registry.GetDeviceAsync(trigger.DeviceId, cancellationToken);
                var alarm = new Alarm(
                    Guid.NewGuid(), trigger.DeviceId, trigger.RuleId, trigger.Name, trigger.Severity, AlarmStatus.ActiveUnacknowledged,
                    device?.ProfileId, device?.District, trigger.DetailsJson, trigger.At, trigger.At, 1,
                    null, null, null, null, null, 0, null, 1);
                if (await store.InsertAsync(alarm, Event(alarm.Id, "raised", RuleActor, null), cancellationToken))
                {
                    await NotifyAsync(alarm, AlarmChange.Raised, cancellationToken);
                    return (alarm, true);
                }
            }

            if (attempt >= MaxAttempts)
            {
                throw new InvalidOperationException($"Alarm for device '{trigger.DeviceId}' and rule '{trigger.RuleId}' kept changing under us.");
            }
        }
    }

    /// <summary>Clears the open alarm of (device, rule) when the rule's condition no longer holds.</summary>
    public async Task<Alarm?> ClearForRuleAsync(string deviceId, string ruleId, CancellationToken cancellationToken = default)
    {
        var open = await store.FindOpenAsync(deviceId, ruleId, cancellationToken);
        return open is null ? null : await ChangeAsync(open.Id, RuleActor, AlarmChange.Cleared, a => Clear(a, RuleActor), null, cancellationToken);
    }

    public Task<Alarm?> AcknowledgeAsync(Guid id, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, AlarmChange.Acknowledged, a => a.AcknowledgedAt is not null ? null : a with
        {
            AcknowledgedAt = Now(),
            AcknowledgedBy = actor,
            Status = a.Status == AlarmStatus.ActiveUnacknowledged ? AlarmStatus.ActiveAcknowledged : a.Status,
        }, null, cancellationToken);

    public Task<Alarm?> ClearAsync(Guid id, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, AlarmChange.Cleared, a => Clear(a, actor), null, cancellationToken);

    public Task<Alarm?> AssignAsync(Guid id, string? assignee, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, AlarmChange.Assigned, a => a.Assignee == assignee ? null : a with { Assignee = assignee }, assignee, cancellationToken);

    public async Task<AlarmEvent?> CommentAsync(Guid id, string text, string actor, CancellationToken cancellationToken = default)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } alarm)
        {
            return null;
        }

        var comment = Event(id, "comment", actor, text);
        await store.AddEventAsync(comment, cancellationToken);
        await NotifyAsync(alarm, AlarmChange.Commented, cancellationToken);
        return comment;
    }

    /// <summary>Raises the severity of an unacknowledged alarm by one step and records the escalation.</summary>
    public Task<Alarm?> EscalateAsync(Guid id, int toLevel, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, "escalation", AlarmChange.Escalated, a => a.Status != AlarmStatus.ActiveUnacknowledged || a.EscalationLevel >= toLevel ? null : a with
        {
            EscalationLevel = toLevel,
            EscalatedAt = Now(),
            Severity = a.Severity == AlarmSeverity.Critical ? a.Severity : a.Severity - 1,
        }, $"level {toLevel}", cancellationToken);

    /// <summary>
    /// Applies <paramref name="change"/> to the stored alarm (null result = nothing to do, returned
    /// unchanged), retrying on concurrent updates. Null when the alarm does not exist.
    /// </summary>
    private async Task<Alarm?> ChangeAsync(Guid id, string actor, AlarmChange kind, Func<Alarm, Alarm?> change, string? text, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (await store.GetAsync(id, cancellationToken) is not { } current)
            {
                return null;
            }

            if (change(current) is not { } updated)
            {
                return current;
            }

            updated = updated with { Version = current.Version + 1 };
            if (await store.UpdateAsync(updated, Event(id, kind.ToString().ToLowerInvariant(), actor, text), cancellationToken))
            {
                await NotifyAsync(updated, kind, cancellationToken);
                return updated;
            }
        }

        throw new InvalidOperationException($"Alarm {id} kept changing under us.");
    }

    private Alarm? Clear(Alarm alarm, string actor) =>
        alarm.Status == AlarmStatus.Cleared ? null : alarm with { Status = AlarmStatus.Cleared, ClearedAt = Now(), ClearedBy = actor };

    private AlarmEvent Event(Guid id, string kind, string? actor, string? text) => new(0, id, kind, Now(), actor, text);

    private DateTimeOffset Now() => timeProvider.GetUtcNow();

    private async Task NotifyAsync(Alarm alarm, AlarmChange change, CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            try
            {
                await observer.OnAlarmChangedAsync(alarm, change, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogObserverFailed(logger, alarm.Id, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An alarm observer failed for alarm {AlarmId}")]
    private static partial void LogObserverFailed(ILogger logger, Guid alarmId, Exception exception);
}
