using System.Globalization;

namespace Polis.Metering.Exports;

/// <summary>
/// ESPI <c>LocalTimeParameters</c> of a zone for one year: the standard offset from UTC, the daylight-saving offset and
/// the DST start and end rules (SEP 2.0 DstRuleType: a 32-bit field, hex in the XML). Rule bits: 0–11 seconds, 12–16
/// hour, 17–19 day of week (Monday 1 … Sunday 7), 20–24 day of month, 25–27 operator (0 on the day of month, 2–6 the
/// first to fifth such weekday of the month, 7 the last), 28–31 month. The time is the local wall-clock time the change
/// happens at (as the Green Button samples give North America: second Sunday of March 02:00 = 360E2000, first Sunday of
/// November 02:00 = B40E2000). A zone without daylight saving has both rules FFFFFFFF ("disabled") and offset 0.
/// </summary>
public sealed record EspiLocalTime(int TzOffsetSeconds, int DstOffsetSeconds, uint DstStartRule, uint DstEndRule)
{
    public const uint Disabled = 0xFFFFFFFF;

    public string DstStartHex => DstStartRule.ToString("X8", CultureInfo.InvariantCulture);

    public string DstEndHex => DstEndRule.ToString("X8", CultureInfo.InvariantCulture);

    /// <summary>The parameters of <paramref name="zone"/> in <paramref name="year"/>, read from the zone's own transitions that year.</summary>
    public static EspiLocalTime Of(TimeZoneInfo zone, int year)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var standard = zone.BaseUtcOffset;
        DateTimeOffset? start = null, end = null;
        var previous = zone.IsDaylightSavingTime(new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero));
        // Hour by hour through the year: every real zone changes on a quarter hour at most, and 8,760 checks are cheap.
        for (var at = new DateTimeOffset(year, 1, 1, 0, 15, 0, TimeSpan.Zero); at.Year == year; at = at.AddMinutes(15))
        {
            var dst = zone.IsDaylightSavingTime(at);
            if (dst != previous)
            {
                if (dst) { start ??= at; } else { end ??= at; }
                previous = dst;
            }
        }

        if (start is not { } begins || end is not { } ends)
        {
            return new EspiLocalTime((int)standard.TotalSeconds, 0, Disabled, Disabled);
        }

        var saving = zone.GetUtcOffset(begins) - standard;
        // The wall clock just before each change: standard time before DST starts, daylight time before it ends.
        return new EspiLocalTime((int)standard.TotalSeconds, (int)saving.TotalSeconds, Rule(begins.UtcDateTime + standard), Rule(ends.UtcDateTime + standard + saving));
    }

    private static uint Rule(DateTime wallClock)
    {
        var days = DateTime.DaysInMonth(wallClock.Year, wallClock.Month);
        var weekday = wallClock.DayOfWeek == DayOfWeek.Sunday ? 7u : (uint)wallClock.DayOfWeek;
        var operation = wallClock.Day + 7 > days ? 7u : (uint)((wallClock.Day - 1) / 7) + 2;
        var seconds = (uint)(wallClock.Minute * 60 + wallClock.Second);
        return ((uint)wallClock.Month << 28) | (operation << 25) | (weekday << 17) | ((uint)wallClock.Hour << 12) | seconds;
    }
}
