namespace Polis.Simulator.Runtime;

/// <summary>
/// One loop drives every device: a priority queue of (device, due time) on a <see cref="TimeProvider"/>. A
/// tick returns the device's next due time (or null to drop it). No timer, thread or delay loop per device,
/// so a thousand or a hundred thousand devices cost one sleeping task between ticks.
/// </summary>
public sealed class TickScheduler(TimeProvider time)
{
    /// <summary>Longest sleep: items scheduled from other threads (commands, reconnects) wait at most this long.</summary>
    public static readonly TimeSpan MaxSleep = TimeSpan.FromMilliseconds(200);

    private readonly PriorityQueue<int, long> _queue = new();
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _queue.Count;
            }
        }
    }

    /// <summary>Schedules <paramref name="item"/> at <paramref name="due"/>; safe from any thread.</summary>
    public void Schedule(int item, DateTimeOffset due)
    {
        lock (_lock)
        {
            _queue.Enqueue(item, due.ToUnixTimeMilliseconds());
        }
    }

    /// <summary>Runs ticks as they fall due until cancelled. A tick that throws is not rescheduled.</summary>
    public async Task RunAsync(Func<int, DateTimeOffset, DateTimeOffset?> tick, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tick);
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var nowMs = now.ToUnixTimeMilliseconds();
            long? nextDue = null;
            while (true)
            {
                int item;
                lock (_lock)
                {
                    if (!_queue.TryPeek(out item, out var due) || due > nowMs)
                    {
                        nextDue = _queue.Count > 0 ? due : null;
                        break;
                    }

                    _queue.Dequeue();
                }

                if (tick(item, now) is { } next)
                {
                    Schedule(item, next);
                }
            }

            var sleep = nextDue is { } d ? TimeSpan.FromMilliseconds(Math.Max(1, d - nowMs)) : MaxSleep;
            try
            {
                await Task.Delay(sleep < MaxSleep ? sleep : MaxSleep, time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
