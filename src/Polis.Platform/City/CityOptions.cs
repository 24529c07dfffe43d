namespace Polis.Platform.City;

/// <summary>The city Polis runs, under <c>Polis:City</c>.</summary>
public sealed class CityOptions
{
    public const string SectionName = "Polis:City";

    /// <summary>
    /// The city's IANA time zone (e.g. <c>Europe/Copenhagen</c>). It decides where "today" starts for daily
    /// figures. UTC by default because the simulated city keeps its clock in UTC.
    /// </summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>The configured zone; validated at start-up, so it resolves here.</summary>
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>The start of the city's current day, as an instant.</summary>
    public DateTimeOffset StartOfDay(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Zone);
        var midnight = local.Date;
        // A day can start in a gap (a DST change at midnight): then it starts at the first valid local time.
        while (Zone.IsInvalidTime(midnight))
        {
            midnight = midnight.AddMinutes(15);
        }

        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight));
    }

    public static bool IsKnownZone(string? id) => id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}
