using System.Collections.Concurrent;

namespace Polis.Platform.Live;

/// <summary>The filters of the live clients connected to this node, by SignalR connection id.</summary>
public sealed class LiveSubscriptions
{
    private readonly ConcurrentDictionary<string, LiveFilter> _filters = new(StringComparer.Ordinal);

    public bool IsEmpty => _filters.IsEmpty;

    public void Set(string connectionId, LiveFilter filter) => _filters[connectionId] = filter;

    public void Remove(string connectionId) => _filters.TryRemove(connectionId, out _);

    public IEnumerable<(string ConnectionId, LiveFilter Filter)> All => _filters.Select(f => (f.Key, f.Value));
}
