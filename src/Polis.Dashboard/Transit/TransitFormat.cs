using System.Globalization;

namespace Polis.Dashboard.Transit;

/// <summary>How the transit pages write times, delays and headways.</summary>
public static class TransitFormat
{
    /// <summary>The local clock time in the feed's time zone, as riders read a timetable.</summary>
    public static string Clock(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>+m:ss late, −m:ss early.</summary>
    public static string Delay(int seconds)
    {
        var magnitude = Math.Abs(seconds);
        var sign = seconds > 0 ? "+" : seconds < 0 ? "−" : "";
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{magnitude / 60}:{magnitude % 60:D2}");
    }

    public static string Duration(int seconds) => seconds >= 60
        ? string.Create(CultureInfo.InvariantCulture, $"{seconds / 60} min {seconds % 60:D2} s")
        : string.Create(CultureInfo.InvariantCulture, $"{seconds} s");

    /// <summary>Seconds below a minute, else m:ss: for narrow table cells.</summary>
    public static string Compact(int seconds) => seconds < 60
        ? string.Create(CultureInfo.InvariantCulture, $"{seconds} s")
        : string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}:{seconds % 60:D2}");

    /// <summary>The zone's name as the feed gives it (IANA), for the caption that says which clock the times are on.</summary>
    public static string ZoneName(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return zone.Id;
    }
}
