using System.Text;

namespace Polis.Platform.Devices;

/// <summary>RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks; CRLF or LF line ends.</summary>
public static class CsvParser
{
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var fieldStarted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    inQuotes = false;
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    inQuotes = true;
                    fieldStarted = true;
                    break;
                case ',':
                    row.Add(field.ToString());
                    field.Clear();
                    fieldStarted = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRow(rows, row, field, fieldStarted);
                    row = [];
                    fieldStarted = false;
                    break;
                default:
                    field.Append(c);
                    fieldStarted = true;
                    break;
            }
        }

        if (inQuotes)
        {
            throw new FormatException("The CSV ends inside a quoted field.");
        }

        EndRow(rows, row, field, fieldStarted);
        return rows;
    }

    private static void EndRow(List<string[]> rows, List<string> row, StringBuilder field, bool fieldStarted)
    {
        if (!fieldStarted && row.Count == 0)
        {
            return; // blank line
        }

        row.Add(field.ToString());
        field.Clear();
        rows.Add([.. row]);
    }
}
