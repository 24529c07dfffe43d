using System.Globalization;

namespace Polis.Platform.Devices;

/// <summary>
/// Reads devices from CSV. Columns (header row, any order): id, profile, name, district, longitude,
/// latitude, labels (separated by ';'), token, and attr.&lt;key&gt; for registry attributes. profile and
/// name are required. Row numbers in errors count the header as row 1, as a spreadsheet shows them.
/// </summary>
public static class DeviceCsvImport
{
    public const int MaxRows = 50_000;

    public static (List<DeviceDraft> Drafts, Dictionary<string, string[]> Errors) Read(string csv)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        List<string[]> rows;
        try
        {
            rows = CsvParser.Parse(csv);
        }
        catch (FormatException ex)
        {
            errors["csv"] = [ex.Message];
            return ([], errors);
        }

        if (rows.Count < 2)
        {
            errors["csv"] = ["The CSV needs a header row and at least one device."];
            return ([], errors);
        }

        if (rows.Count - 1 > MaxRows)
        {
            errors["csv"] = [$"At most {MaxRows} devices per import."];
            return ([], errors);
        }

        var header = rows[0].Select(h => h.Trim().ToLowerInvariant()).ToArray();
        foreach (var required in new[] { "profile", "name" })
        {
            if (!header.Contains(required))
            {
                errors["csv"] = [$"The header must name a '{required}' column."];
            }
        }

        var drafts = new List<DeviceDraft>();
        for (var r = 1; r < rows.Count && errors.Count == 0; r++)
        {
            drafts.Add(ReadRow(header, rows[r], r + 1, errors));
        }

        return (drafts, errors);
    }

    private static DeviceDraft ReadRow(string[] header, string[] cells, int rowNumber, Dictionary<string, string[]> errors)
    {
        string? Cell(string column)
        {
            var index = Array.IndexOf(header, column);
            return index >= 0 && index < cells.Length && !string.IsNullOrWhiteSpace(cells[index]) ? cells[index].Trim() : null;
        }

        GeoPoint? location = null;
        var (lon, lat) = (Cell("longitude") ?? Cell("lon"), Cell("latitude") ?? Cell("lat"));
        if (lon is not null || lat is not null)
        {
            if (double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) &&
                double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var y))
            {
                location = new GeoPoint(x, y);
            }
            else
            {
                errors[$"row {rowNumber}"] = ["longitude and latitude must both be decimal numbers."];
            }
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length && i < cells.Length; i++)
        {
            if (header[i].StartsWith("attr.", StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(cells[i]))
            {
                attributes[header[i][5..]] = cells[i].Trim();
            }
        }

        var labels = Cell("labels")?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return new DeviceDraft(Cell("id"), Cell("profile"), Cell("name"), Cell("district"), location, attributes, labels, Cell("token"));
    }

    /// <summary>"[3].name" from the registry becomes "row 5.name": data row 3 is spreadsheet row 5 (header is row 1).</summary>
    public static Dictionary<string, string[]> RowNumbered(IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.ToDictionary(
            e => e.Key.StartsWith('[') && e.Key.IndexOf(']', StringComparison.Ordinal) is var end and > 1 && int.TryParse(e.Key[1..end], CultureInfo.InvariantCulture, out var index)
                ? $"row {index + 2}{e.Key[(end + 1)..]}"
                : e.Key,
            e => e.Value,
            StringComparer.Ordinal);
    }
}
