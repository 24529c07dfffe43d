namespace Polis.Platform.Alarms;

/// <summary>
/// Hears of every alarm change on this node after it is stored (live updates, webhook notifications).
/// Observers must not throw into the alarm path and must not block it for long.
/// </summary>
public interface IAlarmObserver
{
    Task OnAlarmChangedAsync(Alarm alarm, AlarmChange change, CancellationToken cancellationToken);
}
