namespace Polis.Metering.Processing;

/// <summary>Instant arithmetic of validation windows: local days of the city and the meter's interval grid.</summary>
internal static class ValidationWindow
{
    /// <summary>
    /// The start of the local day holding <paramref name="dirtyFrom"/>, on the grid: a late read re-validates its whole
    /// day, so like days, bands and daily figures never see half a day of old values.
    /// </summary>
    public static DateTimeOffset DayStartOf(DateTimeOffset dirtyFrom, TimeZoneInfo zone, TimeSpan step)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(dirtyFrom, zone);
        var midnight = local.Date;
        while (zone.IsInvalidTime(midnight))
        {
            midnight = midnight.AddMinutes(15); // a day starting in a DST gap starts at its first valid local time
        }

        return Floor(new DateTimeOffset(midnight, zone.GetUtcOffset(midnight)), step);
    }

    public static DateTimeOffset Floor(DateTimeOffset instant, TimeSpan step) =>
        new(instant.UtcTicks - (instant.UtcTicks % step.Ticks), TimeSpan.Zero);

    public static DateTimeOffset Ceiling(DateTimeOffset instant, TimeSpan step)
    {
        var floor = Floor(instant, step);
        return floor.UtcTicks == instant.UtcTicks ? floor : floor + step;
    }

    public static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    public static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
