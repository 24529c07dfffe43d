using System.Globalization;

namespace Polis.Metering.Api;

/// <summary>A range of the city's local days [from, to) given as yyyy-MM-dd, at most <see cref="MaxDays"/> long.</summary>
internal static class LocalDateRange
{
    public const int MaxDays = 400;

    public static (DateOnly From, DateOnly To) Parse(RequestFields fields, string? from, string? to)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var start = Date(fields, from, "from");
        var end = Date(fields, to, "to");
        if (fields.IsValid && end <= start)
        {
            fields.Fail("to", "to must be after from: the range is the local days [from, to).");
        }
        else if (fields.IsValid && end.DayNumber - start.DayNumber > MaxDays)
        {
            fields.Fail("to", $"One request covers at most {MaxDays} days.");
        }

        return (start, end);
    }

    private static DateOnly Date(RequestFields fields, string? value, string field)
    {
        if (value is not null && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        fields.Fail(field, value is null ? $"{field} is required: a local date, yyyy-MM-dd." : $"'{value}' is not a local date (yyyy-MM-dd).");
        return default;
    }
}
