using System.Globalization;
using System.Text.Json.Serialization;

namespace Polis.Metering.Tariffs;

/// <summary>
/// A local clock time from 00:00 to 24:00 inclusive, written "HH:mm" in JSON. Time-of-use windows need "24:00" as
/// the end of a day, which <see cref="TimeOnly"/> cannot say.
/// </summary>
[JsonConverter(typeof(ClockTimeJsonConverter))]
public readonly record struct ClockTime : IComparable<ClockTime>
{
    public const int MinutesPerDay = 24 * 60;

    public ClockTime(int hour, int minute)
    {
        var total = (hour * 60) + minute;
        if (hour < 0 || minute is < 0 or > 59 || total > MinutesPerDay)
        {
            throw new ArgumentOutOfRangeException(nameof(hour), $"{hour:00}:{minute:00} is not a clock time from 00:00 to 24:00.");
        }

        MinuteOfDay = total;
    }

    /// <summary>Minutes since local midnight, 0 to 1440.</summary>
    public int MinuteOfDay { get; }

    public static ClockTime Midnight => default;

    public static ClockTime EndOfDay => new(24, 0);

    /// <summary>Parses "HH:mm" (00:00 to 24:00).</summary>
    public static bool TryParse(string? text, out ClockTime time)
    {
        time = default;
        if (text is not { Length: 5 } || text[2] != ':'
            || !int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hour)
            || !int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minute)
            || minute > 59 || (hour * 60) + minute > MinutesPerDay)
        {
            return false;
        }

        time = new ClockTime(hour, minute);
        return true;
    }

    public int CompareTo(ClockTime other) => MinuteOfDay.CompareTo(other.MinuteOfDay);

    public static bool operator <(ClockTime left, ClockTime right) => left.MinuteOfDay < right.MinuteOfDay;

    public static bool operator >(ClockTime left, ClockTime right) => left.MinuteOfDay > right.MinuteOfDay;

    public static bool operator <=(ClockTime left, ClockTime right) => left.MinuteOfDay <= right.MinuteOfDay;

    public static bool operator >=(ClockTime left, ClockTime right) => left.MinuteOfDay >= right.MinuteOfDay;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{MinuteOfDay / 60:00}:{MinuteOfDay % 60:00}");
}
