using System.Globalization;
using System.Text;

namespace Polis.Simulator.Transit;

/// <summary>
/// Moves the YYYYMMDD dates of named columns of a GTFS CSV file by a number of days and leaves every other byte as
/// it was: quoting, padding, line ends, a BOM, column order, even values that do not parse. A date keeps its eight
/// digits, so the rewrite is in place. Works on the bytes of UTF-8 (and ASCII) text, where no byte of a multi-byte
/// character can be a digit, comma, quote or line end; UTF-16 (with its BOM) is converted there and back.
/// </summary>
internal static class GtfsDateColumns
{
    public static byte[] Shift(byte[] file, IReadOnlyCollection<string> columns, int days, out int shifted)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(columns);
        if (Utf16(file) is { } encoding)
        {
            var utf8 = Encoding.UTF8.GetBytes(encoding.GetString(file, 2, file.Length - 2));
            var result = ShiftUtf8(utf8, columns, days, out shifted);
            return [.. encoding.GetPreamble(), .. encoding.GetBytes(Encoding.UTF8.GetString(result))];
        }

        return ShiftUtf8(file, columns, days, out shifted);
    }

    private static Encoding? Utf16(byte[] file) => file switch
    {
        [0xFF, 0xFE, ..] => Encoding.Unicode,
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
        _ => null,
    };

    private static byte[] ShiftUtf8(byte[] input, IReadOnlyCollection<string> columns, int days, out int shifted)
    {
        var output = (byte[])input.Clone();
        var dateFields = new HashSet<int>();
        var (record, field, start, quoted) = (0, 0, input is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0, false);
        shifted = 0;
        for (var i = start; i <= input.Length; i++)
        {
            var end = i == input.Length;
            var c = end ? (byte)'\n' : input[i];
            if (c == '"')
            {
                quoted = !quoted;
                continue;
            }

            if ((quoted && !end) || c is not ((byte)',' or (byte)'\n' or (byte)'\r'))
            {
                continue;
            }

            if (record == 0 && columns.Contains(Text(input, start, i)))
            {
                dateFields.Add(field);
            }
            else if (record > 0 && dateFields.Contains(field) && TryShift(output, start, i, days))
            {
                shifted++;
            }

            field++;
            start = i + 1;
            if (c != ',')
            {
                (record, field) = (record + 1, 0);
                if (c == '\r' && i + 1 < input.Length && input[i + 1] == '\n')
                {
                    start = ++i + 1;
                }
            }
        }

        return output;
    }

    /// <summary>A header name as GTFS readers see it: padding and quotes dropped.</summary>
    private static string Text(byte[] input, int start, int end) => Encoding.UTF8.GetString(input, start, end - start).Trim().Trim('"').Trim();

    /// <summary>Rewrites the date in the field [start, end) when the field is one, padding and quotes aside.</summary>
    private static bool TryShift(byte[] output, int start, int end, int days)
    {
        while (start < end && output[start] is (byte)' ' or (byte)'"' or (byte)'\t')
        {
            start++;
        }

        while (end > start && output[end - 1] is (byte)' ' or (byte)'"' or (byte)'\t')
        {
            end--;
        }

        if (end - start != 8 || !DateOnly.TryParseExact(Encoding.ASCII.GetString(output, start, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        var moved = date.AddDays(days).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        Encoding.ASCII.GetBytes(moved, 0, 8, output, start);
        return true;
    }
}
