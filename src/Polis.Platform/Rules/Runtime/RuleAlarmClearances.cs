using Polis.Contracts.Devices;
using Polis.Platform.Alarms;

namespace Polis.Platform.Rules.Runtime;

/// <summary>
/// Tells a twin when someone other than its rule cleared the rule's alarm (an operator), so a condition that
/// still holds opens a new alarm rather than silently updating a closed one.
/// </summary>
public sealed class RuleAlarmClearances(IGrainFactory grains) : IAlarmObserver
{
    public Task OnAlarmChangedAsync(Alarm alarm, AlarmChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alarm);
        return change == AlarmChange.Cleared && alarm.ClearedBy != AlarmService.RuleActor
            ? grains.GetGrain<IDeviceGrain>(alarm.DeviceId).OnAlarmClearedAsync(alarm.RuleId)
            : Task.CompletedTask;
    }
}
