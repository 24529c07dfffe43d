using System.Globalization;
using Polis.Transit.Gtfs.Validation;
using Polis.Transit.Timetable;

namespace Polis.Transit.Gtfs.Reading;

/// <summary>
/// Typed access to the fields of the current row of a <see cref="GtfsTable"/>. A value that does not parse is
/// reported (invalid_time, invalid_float, …, number_out_of_range) and read as absent, so one bad value yields one
/// notice rather than a cascade; required values that are absent are reported as missing_required_field.
/// </summary>
internal sealed class GtfsFieldParser(GtfsTable table, CsvReader csv, GtfsNoticeCollector notices, StringPool pool)
{
    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    private readonly Dictionary<string, bool> _timezones = new(StringComparer.Ordinal);

    public GtfsColumn Column(string name) => new(table.Column(name), name);

    public ReadOnlySpan<char> Span(GtfsColumn column) => column.Index < 0 ? default : csv[column.Index];

    public bool IsEmpty(GtfsColumn column) => Span(column).IsEmpty;

    /// <summary>An id or another value repeated across rows: one shared string per distinct value.</summary>
    public string Id(GtfsColumn column, bool required = true)
    {
        var span = Span(column);
        if (span.IsEmpty && required)
        {
            Missing(column);
        }

        return pool.Get(span);
    }

    public string? OptionalId(GtfsColumn column) => IsEmpty(column) ? null : pool.Get(Span(column));

    public string Text(GtfsColumn column, bool required = false)
    {
        var span = Span(column);
        if (span.IsEmpty && required)
        {
            Missing(column);
        }

        return span.ToString();
    }

    public string? OptionalText(GtfsColumn column) => IsEmpty(column) ? null : Span(column).ToString();

    public int? Integer(GtfsColumn column, bool required = false, int min = int.MinValue, int max = int.MaxValue)
    {
        var span = Span(column);
        if (span.IsEmpty)
        {
            return Absent<int>(column, required);
        }

        if (!int.TryParse(span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return Invalid<int>(GtfsNoticeCodes.InvalidInteger, column, "is not an integer");
        }

        return value < min || value > max ? OutOfRange<int>(column, FormattableString.Invariant($"{min}..{max}")) : value;
    }

    public double? Float(GtfsColumn column, bool required = false, double min = double.MinValue, double max = double.MaxValue)
    {
        var span = Span(column);
        if (span.IsEmpty)
        {
            return Absent<double>(column, required);
        }

        if (!double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            return Invalid<double>(GtfsNoticeCodes.InvalidFloat, column, "is not a decimal number");
        }

        return value < min || value > max ? OutOfRange<double>(column, FormattableString.Invariant($"{min}..{max}")) : value;
    }

    /// <summary>Seconds since the service day's reference (H:MM:SS, may pass 24:00:00).</summary>
    public int? Time(GtfsColumn column, bool required = false)
    {
        var span = Span(column);
        if (span.IsEmpty)
        {
            return Absent<int>(column, required);
        }

        return GtfsTime.TryParse(span, out var seconds) ? seconds : Invalid<int>(GtfsNoticeCodes.InvalidTime, column, "is not a time in H:MM:SS or HH:MM:SS");
    }

    public DateOnly? Date(GtfsColumn column, bool required = false)
    {
        var span = Span(column);
        if (span.IsEmpty)
        {
            return Absent<DateOnly>(column, required);
        }

        return span.Length == 8 && DateOnly.TryParseExact(span, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : Invalid<DateOnly>(GtfsNoticeCodes.InvalidDate, column, "is not a date in YYYYMMDD");
    }

    /// <summary>
    /// An enumeration: <paramref name="fallback"/> when empty, and when unexpected (a warning: the value is not one GTFS
    /// defines); <paramref name="instead"/> says what then happens, for the notice.
    /// </summary>
    public int Enum(GtfsColumn column, int fallback, Func<int, bool> allowed, bool required = false, string? instead = null)
    {
        var value = Integer(column, required);
        if (value is { } number && !allowed(number))
        {
            notices.Add(GtfsNoticeCodes.UnexpectedEnumValue, $"{column.Name} {number} is not a value GTFS defines; {instead ?? $"{fallback} is used instead"}.",
                table.File, table.Row, column.Name, Span(column).ToString());
            return fallback;
        }

        return value ?? fallback;
    }

    public string? Url(GtfsColumn column, bool required = false)
    {
        var text = Text(column, required);
        if (text.Length == 0)
        {
            return null;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? text
            : InvalidText(GtfsNoticeCodes.InvalidUrl, column, "is not a full http:// or https:// URL");
    }

    public string? Color(GtfsColumn column)
    {
        var span = Span(column);
        if (span.IsEmpty)
        {
            return null;
        }

        return span.Length == 6 && !span.ContainsAnyExcept(HexDigits)
            ? span.ToString()
            : InvalidText(GtfsNoticeCodes.InvalidColor, column, "is not a colour as six hexadecimal digits (e.g. FFCC00)");
    }

    public string? Timezone(GtfsColumn column, bool required = false)
    {
        var text = Id(column, required);
        if (text.Length == 0)
        {
            return null;
        }

        if (!_timezones.TryGetValue(text, out var known))
        {
            _timezones[text] = known = TimeZoneInfo.TryFindSystemTimeZoneById(text, out _);
        }

        return known ? text : InvalidText(GtfsNoticeCodes.InvalidTimezone, column, "is not an IANA time zone (e.g. Europe/Paris)");
    }

    /// <summary>Reports a value GTFS requires in this row (also for conditionally required columns the file lacks).</summary>
    public void Missing(GtfsColumn column, string? why = null) =>
        notices.Add(GtfsNoticeCodes.MissingRequiredField, $"{column.Name} is required{why} but empty.", table.File, table.Row, column.Name);

    private T? Absent<T>(GtfsColumn column, bool required)
        where T : struct
    {
        if (required)
        {
            Missing(column);
        }

        return null;
    }

    private T? Invalid<T>(GtfsNoticeCode code, GtfsColumn column, string problem)
        where T : struct
    {
        Report(code, column, problem);
        return null;
    }

    private string? InvalidText(GtfsNoticeCode code, GtfsColumn column, string problem)
    {
        Report(code, column, problem);
        return null;
    }

    private void Report(GtfsNoticeCode code, GtfsColumn column, string problem)
    {
        var value = Span(column).ToString();
        notices.Add(code, $"{column.Name} \"{value}\" {problem}.", table.File, table.Row, column.Name, value);
    }

    private T? OutOfRange<T>(GtfsColumn column, string range)
        where T : struct
    {
        var value = Span(column).ToString();
        notices.Add(GtfsNoticeCodes.NumberOutOfRange, $"{column.Name} {value} is outside {range}.", table.File, table.Row, column.Name, value);
        return null;
    }
}
