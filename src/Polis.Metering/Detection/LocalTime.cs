namespace Polis.Metering.Detection;

/// <summary>Local clock arithmetic of the city's zone for detectors: instants of local clock times and local dates of instants.</summary>
public static class LocalTime
{
    /// <summary>
    /// The instant the local clock shows <paramref name="hour"/>:00 on <paramref name="date"/>. A time skipped by a
    /// spring-forward change is taken as the first valid time after it; a repeated autumn time as its first occurrence,
    /// so a night window of 02:00–05:00 lasts 2 hours on 2026-03-29 and 4 on 2026-10-25 in Copenhagen.
    /// </summary>
    public static DateTimeOffset At(DateOnly date, int hour, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(TimeOnly.MinValue).AddHours(hour);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>Local midnight of <paramref name="date"/> as an instant.</summary>
    public static DateTimeOffset Midnight(DateOnly date, TimeZoneInfo zone) => At(date, 0, zone);

    /// <summary>The local date and hour an instant falls in.</summary>
    public static (DateOnly Date, int Hour) DateAndHour(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTimeFromUtc(instant.UtcDateTime, zone);
        return (DateOnly.FromDateTime(local), local.Hour);
    }

    public static DateOnly DateOf(DateTimeOffset instant, TimeZoneInfo zone) => DateAndHour(instant, zone).Date;
}
