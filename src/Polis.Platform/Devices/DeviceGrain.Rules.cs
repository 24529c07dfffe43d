using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Polis.Contracts.Telemetry;
using Polis.Platform.Alarms;
using Polis.Platform.Rules;
using Polis.Platform.Rules.Runtime;

namespace Polis.Platform.Devices;

/// <summary>
/// Rules in the twin. Readings and timers feed <see cref="DeviceRuleSet"/>; its transitions become alarm
/// changes. The state is written at once after a raise or clear and a few seconds after other changes.
/// While a rule waits on time alone, an in-memory timer fires at the due time and a durable reminder brings
/// the twin back after a restart, so an inactivity rule fires even if the device never reports again.
/// </summary>
public sealed partial class DeviceGrain : IRemindable
{
    private const string RulesReminder = "rules";

    private DeviceRuleSet? _rules;
    private string? _profileId;
    private long _rulesVersion = -1;
    private IGrainTimer? _ruleTimer;
    private long? _ruleTimerDueAt;
    private IGrainTimer? _ruleFlush;
    private bool _reminderRegistered;

    private DeviceRuleSet Rules => _rules ??= new DeviceRuleSet((long)ruleOptions.Value.AlarmUpdateInterval.TotalMilliseconds);

    public async Task RefreshRulesAsync()
    {
        _profileId = (await registry.GetDeviceAsync(DeviceId))?.ProfileId;
        await SyncRulesAsync(force: true);
        await ScheduleRulesAsync();
    }

    public async Task OnAlarmClearedAsync(string ruleId)
    {
        Rules.AlarmClearedByOperator(ruleId);
        if (Rules.Dirty)
        {
            await FlushRulesAsync(CancellationToken.None);
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == RulesReminder)
        {
            _reminderRegistered = true; // it fired, so it exists: a stale one (its rules gone) is removed when nothing is due
            await OnRuleTimeAsync(CancellationToken.None);
        }
    }

    private async Task StartRulesAsync()
    {
        _profileId = (await registry.GetDeviceAsync(DeviceId))?.ProfileId;
        Rules.Restore(ruleState.State.Rules);
        var hadRules = ruleState.State.Rules.Count > 0;
        await SyncRulesAsync(force: true);

        // Only a twin with rules can have a reminder; most devices have none, and this spares each a read.
        _reminderRegistered = (hadRules || !Rules.IsEmpty) && await this.GetReminder(RulesReminder) is not null;

        // Time may have passed while the twin was away (a restart): catch up at once, then plan ahead.
        await ActAsync(Rules.Tick(Now()));
        await ScheduleRulesAsync();
    }

    private async Task EvaluateRulesAsync(IReadOnlyList<TelemetryPoint> points, long receivedAt)
    {
        await SyncRulesAsync(force: false);
        if (Rules.IsEmpty)
        {
            return;
        }

        await ActAsync(Rules.Apply(points, receivedAt));
        await ScheduleRulesAsync();
    }

    private async Task OnRuleTimeAsync(CancellationToken cancellationToken)
    {
        _ruleTimer?.Dispose();
        _ruleTimer = null;
        _ruleTimerDueAt = null;
        await SyncRulesAsync(force: false);
        await ActAsync(Rules.Tick(Now()));
        await ScheduleRulesAsync();
    }

    private async Task SyncRulesAsync(bool force)
    {
        if (!force && catalog.Version == _rulesVersion)
        {
            return;
        }

        _rulesVersion = catalog.Version;
        var rules = _profileId is null ? [] : await catalog.ForDeviceAsync(DeviceId, _profileId);
        await ActAsync(Rules.Sync(rules, Now(), _lastActivityAt));
    }

    /// <summary>Changes the alarms, then persists: a crash in between re-raises (an update of the same alarm), never loses one.</summary>
    private async Task ActAsync(IReadOnlyList<RuleOutcome> outcomes)
    {
        foreach (var outcome in outcomes)
        {
            try
            {
                if (outcome.Transition.Kind == RuleTransitionKind.Clear)
                {
                    await alarms.ClearForRuleAsync(DeviceId, outcome.RuleId);
                }
                else if (outcome.Rule is { } rule)
                {
                    var at = DateTimeOffset.FromUnixTimeMilliseconds(outcome.Transition.At);
                    await alarms.RaiseAsync(new AlarmTrigger(DeviceId, rule.Id, rule.Name, rule.Severity, RuleAlarmDetails.ToJson(outcome), at));
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRuleAlarmFailed(logger, DeviceId, outcome.RuleId, ex);
                Rules.Revert(outcome);
            }
        }

        if (outcomes.Count > 0)
        {
            await FlushRulesAsync(CancellationToken.None);
        }
        else if (Rules.Dirty)
        {
            _ruleFlush ??= this.RegisterGrainTimer(FlushRulesAsync, new GrainTimerCreationOptions(ruleOptions.Value.StateFlushDelay, Timeout.InfiniteTimeSpan));
        }
    }

    private async Task FlushRulesAsync(CancellationToken cancellationToken)
    {
        _ruleFlush?.Dispose();
        _ruleFlush = null;
        if (Rules.IsEmpty && ruleState.State.Rules.Count == 0)
        {
            return;
        }

        ruleState.State.Rules = Rules.Snapshot();
        await ruleState.WriteStateAsync(cancellationToken);
    }

    private async Task ScheduleRulesAsync()
    {
        var due = Rules.NextDueAt();
        if (due is { } at && (_ruleTimerDueAt is null || at < _ruleTimerDueAt))
        {
            // An earlier timer is kept when the due time moves later (each reading of an inactivity rule does):
            // firing early is harmless and re-plans, and it spares a timer per reading.
            _ruleTimer?.Dispose();
            var delay = TimeSpan.FromMilliseconds(Math.Max(0, at - Now()));
            _ruleTimer = this.RegisterGrainTimer(OnRuleTimeAsync, new GrainTimerCreationOptions(delay, Timeout.InfiniteTimeSpan));
            _ruleTimerDueAt = at;
        }

        if (due is not null && !_reminderRegistered)
        {
            var period = ruleOptions.Value.ReminderPeriod;
            await this.RegisterOrUpdateReminder(RulesReminder, period, period);
            _reminderRegistered = true;
        }
        else if (due is null && _reminderRegistered)
        {
            await UnregisterRulesReminderAsync();
        }
    }

    private async Task ResetRulesAsync()
    {
        _ruleTimer?.Dispose();
        _ruleTimer = null;
        _ruleTimerDueAt = null;
        _ruleFlush?.Dispose();
        _ruleFlush = null;
        Rules.Clear();
        await UnregisterRulesReminderAsync();
        await ruleState.ClearStateAsync();
    }

    private async Task UnregisterRulesReminderAsync()
    {
        if (await this.GetReminder(RulesReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        _reminderRegistered = false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Device {DeviceId}: the alarm of rule {RuleId} could not be changed; retrying on the next evaluation")]
    private static partial void LogRuleAlarmFailed(ILogger logger, string deviceId, string ruleId, Exception exception);
}
