using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Polis.Transit.Planning.Api;

/// <summary>
/// RFC 4180 text: fields separated by commas, rows ended by CRLF, a field quoted (quotes doubled) when it holds a
/// comma, quote or line break; numbers in the invariant culture. Text that a spreadsheet would run as a formula
/// (starting with = + - @ tab or CR) gets a leading apostrophe (OWASP's CSV injection advice): feed names are
/// not ours to trust. Numbers are written as numbers, so a negative change stays a number.
/// </summary>
internal sealed class CsvBuilder
{
    private readonly StringBuilder _text = new();
    private bool _rowStarted;

    public CsvBuilder Row(params ReadOnlySpan<string> header)
    {
        foreach (var name in header)
        {
            Text(name);
        }

        return EndRow();
    }

    public CsvBuilder Text(string? value)
    {
        Separator();
        if (string.IsNullOrEmpty(value))
        {
            return this;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
        {
            _text.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        else
        {
            _text.Append(value);
        }

        return this;
    }

    /// <summary>Empty fields, so every row has as many as the header (RFC 4180).</summary>
    public CsvBuilder Empty(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Raw(null);
        }

        return this;
    }

    public CsvBuilder Number(double? value) => Raw(value?.ToString("R", CultureInfo.InvariantCulture));

    public CsvBuilder Number(long? value) => Raw(value?.ToString(CultureInfo.InvariantCulture));

    public CsvBuilder Flag(bool value) => Raw(value ? "true" : "false");

    public CsvBuilder Date(DateOnly value) => Raw(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public CsvBuilder Instant(DateTimeOffset value) => Raw(value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));

    public CsvBuilder Time(TimeOnly value) => Raw(value.ToString("HH:mm", CultureInfo.InvariantCulture));

    /// <summary>An enum as the JSON API writes it (kebab-case: "sunday-holiday").</summary>
    public CsvBuilder Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => Raw(JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()));

    public CsvBuilder EndRow()
    {
        _text.Append("\r\n");
        _rowStarted = false;
        return this;
    }

    public override string ToString() => _text.ToString();

    private CsvBuilder Raw(string? value)
    {
        Separator();
        _text.Append(value);
        return this;
    }

    private void Separator()
    {
        if (_rowStarted)
        {
            _text.Append(',');
        }

        _rowStarted = true;
    }
}
