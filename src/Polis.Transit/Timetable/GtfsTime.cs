using System.Globalization;

namespace Polis.Transit.Timetable;

/// <summary>GTFS times: H:MM:SS or HH:MM:SS since the service day's reference, allowed past 24:00:00.</summary>
public static class GtfsTime
{
    public static string Format(int seconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:D2}:{seconds / 60 % 60:D2}:{seconds % 60:D2}");

    /// <summary>Parses a GTFS time; false for anything else (minutes or seconds of 60 or more, signs, blanks).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out int seconds)
    {
        seconds = 0;
        text = text.Trim();
        var firstColon = text.IndexOf(':');
        if (firstColon is < 1 or > 3 || text.Length != firstColon + 6 || text[firstColon + 3] != ':')
        {
            return false;
        }

        if (!TryDigits(text[..firstColon], out var hours)
            || !TryDigits(text.Slice(firstColon + 1, 2), out var minutes)
            || !TryDigits(text.Slice(firstColon + 4, 2), out var secs)
            || minutes > 59 || secs > 59)
        {
            return false;
        }

        seconds = (hours * 3600) + (minutes * 60) + secs;
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return digits.Length > 0;
    }
}
