namespace Polis.Citizens.Reports.ServiceLevels;

/// <summary>Faults of a document keyed by JSON path (<c>rules[2]</c>, <c>calendar.opens</c>), every one of them, for one problem details.</summary>
public sealed class ServiceLevelProblems
{
    private readonly Dictionary<string, List<string>> _faults = new(StringComparer.Ordinal);

    public bool Any => _faults.Count > 0;

    public void Add(string path, string message)
    {
        if (!_faults.TryGetValue(path, out var messages))
        {
            _faults[path] = messages = [];
        }

        messages.Add(message);
    }

    public IDictionary<string, string[]> ToDictionary() => _faults.ToDictionary(f => f.Key, f => f.Value.ToArray(), StringComparer.Ordinal);
}
