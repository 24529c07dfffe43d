using Polis.Citizens.Reports.Sla;

namespace Polis.Citizens.Tests.Reports.Sla;

/// <summary>A city department's calendar: Copenhagen, Monday to Friday 08:00–16:00, the Danish public holidays of 2026.</summary>
internal static class CopenhagenCalendar
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>New Year, Maundy Thursday, Good Friday, Easter Monday, Ascension, Whit Monday, Christmas (Easter Sunday 2026 is 5 April).</summary>
    public static readonly DateOnly[] Holidays2026 =
    [
        new(2026, 1, 1), new(2026, 4, 2), new(2026, 4, 3), new(2026, 4, 6), new(2026, 5, 14), new(2026, 5, 25),
        new(2026, 12, 24), new(2026, 12, 25), new(2026, 12, 26),
    ];

    public static WorkingCalendar Create() => new(Zone, Weekdays, new TimeOnly(8, 0), new TimeOnly(16, 0), Holidays2026);

    /// <summary>A Copenhagen wall-clock time with the offset given (+1 winter, +2 summer), so tests read like the city's clock.</summary>
    public static DateTimeOffset At(int month, int day, int hour, int offsetHours, int minute = 0) =>
        new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(offsetHours));
}
