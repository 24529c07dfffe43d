namespace Polis.Metering.Tariffs;

/// <summary>
/// A kind of day ("weekday", "weekend", "holiday") with the days of the week it applies to (none for a type used
/// only by holidays) and windows that cover the day from 00:00 to 24:00.
/// </summary>
public sealed record DayType
{
    public required string Name { get; init; }

    public IReadOnlyList<DayOfWeek> Days { get; init; } = [];

    public required IReadOnlyList<TimeWindow> Windows { get; init; }
}
