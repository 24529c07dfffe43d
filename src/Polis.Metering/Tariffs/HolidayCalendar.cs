namespace Polis.Metering.Tariffs;

/// <summary>Public holidays (local dates) and the day type they are priced as.</summary>
public sealed record HolidayCalendar
{
    public required string DayType { get; init; }

    public required IReadOnlyList<DateOnly> Dates { get; init; }
}
