using System.Collections.Concurrent;

namespace Polis.Platform.Commands;

/// <summary>
/// Request ids per device: unique and increasing. The first id a process hands a device starts above both the
/// highest stored (persistent) id and the seconds since 2020, so ids never go back after a restart and a late
/// answer to a request from before the restart cannot be taken for a new request's answer.
/// </summary>
public sealed class RequestIdAllocator(TimeProvider timeProvider)
{
    private static readonly DateTimeOffset Epoch = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly ConcurrentDictionary<string, Counter> _counters = new(StringComparer.Ordinal);

    /// <param name="deviceId">The device.</param>
    /// <param name="storedMax">Reads the highest stored id; called once per device and process.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async ValueTask<int> NextAsync(string deviceId, Func<CancellationToken, Task<int>> storedMax, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storedMax);
        if (!_counters.TryGetValue(deviceId, out var counter))
        {
            var seed = Seed(await storedMax(cancellationToken).ConfigureAwait(false), timeProvider.GetUtcNow());
            counter = _counters.GetOrAdd(deviceId, new Counter(seed)); // a concurrent first call may have won: use its counter
        }

        return counter.Next();
    }

    /// <summary>The value a device's counter starts from (the first id is one above it).</summary>
    public static int Seed(int storedMax, DateTimeOffset now) =>
        Math.Max(storedMax, (int)Math.Clamp((now - Epoch).TotalSeconds, 0, int.MaxValue / 2));

    private sealed class Counter(int start)
    {
        private int _last = start;

        public int Next() => Interlocked.Increment(ref _last);
    }
}
