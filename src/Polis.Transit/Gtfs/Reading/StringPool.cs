namespace Polis.Transit.Gtfs.Reading;

/// <summary>
/// Returns one shared string per distinct value: a trip id appears once in trips.txt and forty times in
/// stop_times.txt, and a service id on every trip, so ids are looked up by span and allocated once per feed.
/// </summary>
internal sealed class StringPool
{
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _strings.Count;

    public string Get(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return string.Empty;
        }

        if (_lookup.TryGetValue(value, out var existing))
        {
            return existing;
        }

        var created = value.ToString();
        _strings.Add(created);
        return created;
    }
}
