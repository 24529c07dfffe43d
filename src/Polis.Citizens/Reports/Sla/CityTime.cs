namespace Polis.Citizens.Reports.Sla;

/// <summary>Conversions between a city's local clock and instants, defined for the clock's gaps and repeats too.</summary>
internal static class CityTime
{
    /// <summary>
    /// The instant the city's clock shows <paramref name="time"/> on <paramref name="date"/>. A time skipped by a
    /// spring-forward change is read with the offset before the change (02:30 on a night that jumps from 02:00 to 03:00
    /// becomes 03:30, shifted by the gap, as NodaTime's lenient resolver does); a time repeated by a fall-back change
    /// maps to its first occurrence.
    /// </summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            // A clock changes at most once a night: a day earlier the offset before the gap held.
            return ToCity(new DateTimeOffset(local, zone.GetUtcOffset(local.AddDays(-1))), zone);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>The city's local date at <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(ToCity(instant, zone).DateTime);

    /// <summary><paramref name="instant"/> with the city's offset at that instant, as residents read it.</summary>
    public static DateTimeOffset ToCity(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone);
}
