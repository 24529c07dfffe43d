using System.Globalization;
using System.Text.Json;

namespace Polis.Dashboard.Metering;

/// <summary>How the metering pages write names and numbers: enums as the API spells them, invariant culture.</summary>
public static class MeteringText
{
    /// <summary>An enum value as the API writes it (<c>NightFlow</c> → <c>night-flow</c>), so pages and API read alike.</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Quantity(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Quantity(double? value) => value is { } v ? Quantity(v) : "–";

    public static string Percent(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) + " %" : "–";

    public static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Instant(DateTimeOffset value, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(value, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>An instant as the API takes it (UTC, seconds, Z): what the edit form sends.</summary>
    public static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Parses a <c>yyyy-MM-dd</c> query value; anything else is null (the page then keeps its default).</summary>
    public static DateOnly? ParseDay(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
