namespace Polis.Dashboard.Live;

/// <summary>
/// The circuits listening to one in-process feed. Copy on write: subscribing and leaving take a lock (rare), while
/// raising (on the ingest and alarm paths, often) reads one array without any.
/// </summary>
public sealed class Listeners<T>
    where T : class
{
    private readonly Lock _gate = new();
    private T[] _items = [];

    /// <summary>The listeners now; safe to enumerate while others come and go.</summary>
    public ReadOnlySpan<T> Current => Volatile.Read(ref _items);

    /// <summary>Adds a listener; dispose the result to remove it.</summary>
    public IDisposable Add(T listener)
    {
        lock (_gate)
        {
            _items = [.. _items, listener];
        }

        return new Subscription(this, listener);
    }

    private void Remove(T listener)
    {
        lock (_gate)
        {
            _items = [.. _items.Where(l => l != listener)];
        }
    }

    private sealed class Subscription(Listeners<T> owner, T listener) : IDisposable
    {
        public void Dispose() => owner.Remove(listener);
    }
}
