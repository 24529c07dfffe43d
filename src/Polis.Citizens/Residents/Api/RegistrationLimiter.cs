using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Polis.Citizens.Polls;

namespace Polis.Citizens.Residents.Api;

/// <summary>
/// A brake on scripted self-registration: at most <see cref="PollOptions.RegistrationsPerMinute"/> attempts per client
/// address in each clock minute. In memory and per node: it slows a script down, it is not an abuse-prevention system.
/// </summary>
public sealed class RegistrationLimiter(IOptions<PollOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (long Minute, int Count)> _windows = new(StringComparer.Ordinal);

    /// <summary>Counts an attempt from <paramref name="client"/>; false when its minute's allowance is used up.</summary>
    public bool TryAcquire(string client)
    {
        var minute = time.GetUtcNow().ToUnixTimeSeconds() / 60;
        if (_windows.Count > 10_000)
        {
            // Old minutes are worthless: forget them rather than grow without bound.
            foreach (var stale in _windows.Where(w => w.Value.Minute < minute))
            {
                _windows.TryRemove(stale);
            }
        }

        var window = _windows.AddOrUpdate(client, (minute, 1), (_, w) => w.Minute == minute ? (minute, w.Count + 1) : (minute, 1));
        return window.Count <= options.Value.RegistrationsPerMinute;
    }
}
