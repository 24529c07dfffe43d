using Polis.Platform.Alarms;

namespace Polis.Dashboard.Live;

/// <summary>
/// Fans this node's alarm changes out to the open dashboard circuits, in process: the circuits already run on
/// the server, so going through the SignalR hub would only add a loopback connection per circuit.
/// Alarms changed on other cluster nodes reach the overview through its periodic refresh.
/// </summary>
public sealed class AlarmFeed : IAlarmObserver
{
    private readonly Listeners<Action<Alarm, AlarmChange>> _listeners = new();

    /// <summary>Adds a listener; dispose the result to remove it. Listeners must return quickly and not throw.</summary>
    public IDisposable Subscribe(Action<Alarm, AlarmChange> listener) => _listeners.Add(listener);

    public Task OnAlarmChangedAsync(Alarm alarm, AlarmChange change, CancellationToken cancellationToken)
    {
        foreach (var listener in _listeners.Current)
        {
            listener(alarm, change);
        }

        return Task.CompletedTask;
    }
}
