using System.Globalization;
using System.Text.Json;

namespace Polis.Metering.Ingest;

/// <summary>
/// Reads import bodies into rows: CSV <c>instant,value</c> (<c>meterId,instant,value</c> for multi-meter imports),
/// header line optional, or a JSON array of <c>{"instant": …, "value": …}</c> objects (<c>"meterId"</c> too). A body
/// that is not one of these shapes is malformed as a whole; the values inside are checked row by row later.
/// </summary>
public static class ReadImportParser
{
    public static ReadImportParse ParseCsv(string text, bool withMeter, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] columns = withMeter ? ["meterid", "instant", "value"] : ["instant", "value"];
        var rows = new List<ReadImportRow>();
        var lineNumber = 0;
        var sawContent = false;
        foreach (var rawLine in text.TrimStart('\uFEFF').Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split(',').Select(Unquote).ToArray();
            if (!sawContent)
            {
                sawContent = true;
                if (IsHeader(fields))
                {
                    if (!fields.Select(f => f.ToLowerInvariant()).SequenceEqual(columns))
                    {
                        return ReadImportParse.Malformed($"The header line is \"{line}\"; expected \"{Header(withMeter)}\".");
                    }

                    continue;
                }
            }

            if (fields.Length != columns.Length)
            {
                return ReadImportParse.Malformed($"Line {lineNumber} has {fields.Length} fields; expected {columns.Length} ({Header(withMeter)}).");
            }

            if (rows.Count == maxRows)
            {
                return ReadImportParse.Malformed($"The body has more than {maxRows} rows; split it into several requests.");
            }

            rows.Add(withMeter ? new ReadImportRow(lineNumber, fields[0], fields[1], fields[2]) : new ReadImportRow(lineNumber, null, fields[0], fields[1]));
        }

        return rows.Count == 0 ? ReadImportParse.Malformed($"The body has no rows; expected lines of {Header(withMeter)}.") : new ReadImportParse(rows, null);
    }

    public static ReadImportParse ParseJson(ReadOnlyMemory<byte> body, bool withMeter, int maxRows)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            return ReadImportParse.Malformed($"The body is not valid JSON: {ex.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return ReadImportParse.Malformed($"The body must be a JSON array of {{{Fields(withMeter)}}} objects.");
            }

            var rows = new List<ReadImportRow>();
            foreach (var element in document.RootElement.EnumerateArray())
            {
                var number = rows.Count + 1;
                if (number > maxRows)
                {
                    return ReadImportParse.Malformed($"The body has more than {maxRows} rows; split it into several requests.");
                }

                if (element.ValueKind != JsonValueKind.Object
                    || !element.TryGetProperty("instant", out var instant)
                    || !element.TryGetProperty("value", out var value)
                    || (withMeter && !element.TryGetProperty("meterId", out _)))
                {
                    return ReadImportParse.Malformed($"Element {number} is not an object with {Fields(withMeter)}.");
                }

                var meterId = withMeter ? Text(element.GetProperty("meterId")) : null;
                rows.Add(new ReadImportRow(number, meterId, Text(instant), Text(value)));
            }

            return rows.Count == 0 ? ReadImportParse.Malformed("The body is an empty array.") : new ReadImportParse(rows, null);
        }
    }

    private static string Header(bool withMeter) => withMeter ? "meterId,instant,value" : "instant,value";

    private static string Fields(bool withMeter) => withMeter ? "\"meterId\", \"instant\" and \"value\"" : "\"instant\" and \"value\"";

    private static bool IsHeader(string[] fields) =>
        fields.Length > 0 && fields[0].Length > 0 && char.IsAsciiLetter(fields[0][0]);

    private static string Unquote(string field)
    {
        var trimmed = field.Trim();
        return trimmed.Length >= 2 && trimmed[0] == '"' && trimmed[^1] == '"' ? trimmed[1..^1] : trimmed;
    }

    private static string Text(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.Null => string.Empty,
        _ => element.GetRawText(),
    };

    internal static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
