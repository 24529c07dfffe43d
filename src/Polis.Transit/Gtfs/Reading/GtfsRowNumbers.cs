namespace Polis.Transit.Gtfs.Reading;

/// <summary>
/// The spreadsheet row (header = 1) each record of a feed came from, per file, so cross-file notices can point
/// at the row to fix. Records not read from a file (built in code, loaded from the store) count from row 2.
/// </summary>
public sealed class GtfsRowNumbers
{
    private readonly Dictionary<string, List<int>> _rows = new(StringComparer.Ordinal);

    public static GtfsRowNumbers None { get; } = new();

    public long Row(string file, int index) =>
        _rows.TryGetValue(file, out var rows) && index < rows.Count ? rows[index] : index + 2L;

    internal List<int> For(string file)
    {
        if (!_rows.TryGetValue(file, out var rows))
        {
            _rows[file] = rows = [];
        }

        return rows;
    }
}
