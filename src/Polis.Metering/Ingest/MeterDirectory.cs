using Polis.Metering.Meters;

namespace Polis.Metering.Ingest;

/// <summary>
/// Which meter each device reports as, cached for ingest and reloaded after any meter change. Node-local: in a
/// cluster each node reloads when its own API changes a meter (the embedded default has one node).
/// </summary>
public sealed class MeterDirectory(IMeterStore store)
{
    private volatile IReadOnlyDictionary<string, DeviceMeter>? _current;
    private int _version;

    /// <summary>Drops the cache; the next <see cref="GetAsync"/> reloads it.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _version);
        _current = null;
    }

    public async ValueTask<IReadOnlyDictionary<string, DeviceMeter>> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_current is { } current)
        {
            return current;
        }

        var version = Volatile.Read(ref _version);
        var loaded = (await store.ListDeviceMetersAsync(cancellationToken)).ToDictionary(m => m.DeviceId, StringComparer.Ordinal);
        if (Volatile.Read(ref _version) == version)
        {
            _current = loaded; // a change during the load leaves the cache empty, to be loaded again
        }

        return loaded;
    }
}
