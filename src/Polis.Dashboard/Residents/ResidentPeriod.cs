using System.Globalization;
using Polis.Metering.Exports;
using Polis.Platform.City;

namespace Polis.Dashboard.Residents;

/// <summary>
/// The period a resident chose on <c>/me</c>: local dates <see cref="First"/> to <see cref="Last"/> (both included) in
/// the city's zone, and a resolution. Interval and hour views are kept to a month: a longer one would be thousands of
/// table rows on a phone, and the day or month views answer the same question.
/// </summary>
public sealed record ResidentPeriod(DateOnly First, DateOnly Last, ConsumptionResolution Resolution)
{
    /// <summary>The API's limit on one consumption request.</summary>
    public const int MaxDays = 400;

    /// <summary>The longest interval or hour view, in days.</summary>
    public const int MaxDetailedDays = 31;

    /// <summary>What the page shows first: the 30 days up to today, per day.</summary>
    public static ResidentPeriod Default(DateOnly today) => new(today.AddDays(-29), today, ConsumptionResolution.Day);

    public int Days => Last.DayNumber - First.DayNumber + 1;

    /// <summary>Why the choice cannot be shown, or null when it can.</summary>
    public string? Problem =>
        Last < First ? "The first day is after the last one."
        : Days > MaxDays ? $"Choose at most {MaxDays} days."
        : Days > MaxDetailedDays && Resolution is ConsumptionResolution.Interval or ConsumptionResolution.Hour
            ? $"Interval and hourly views cover at most {MaxDetailedDays} days; choose days or months for a longer period."
            : null;

    /// <summary>The first instant of <see cref="First"/> in the city.</summary>
    public DateTimeOffset From(CityOptions city) => StartOf(First, city);

    /// <summary>The first instant of the day after <see cref="Last"/> in the city.</summary>
    public DateTimeOffset To(CityOptions city) => StartOf(Last.AddDays(1), city);

    /// <summary>The download routes' query string (instants in UTC, as the API takes them).</summary>
    public string Query(CityOptions city) => string.Create(
        CultureInfo.InvariantCulture,
        $"from={From(city).UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}&to={To(city).UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}&resolution={ConsumptionResolutions.NameOf(Resolution)}");

    // Noon of a date always exists, whatever DST does; CityOptions.StartOfDay then finds where that day began.
    private static DateTimeOffset StartOf(DateOnly date, CityOptions city)
    {
        var noon = date.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Unspecified);
        return city.StartOfDay(new DateTimeOffset(noon, city.Zone.GetUtcOffset(noon)));
    }
}
