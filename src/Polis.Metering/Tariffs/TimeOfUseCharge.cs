namespace Polis.Metering.Tariffs;

/// <summary>
/// Prices by local clock time: every day of the week belongs to one <see cref="DayType"/> whose windows cover the
/// whole day, each window naming a <see cref="TimeOfUsePeriod"/>; the dates in <see cref="Holidays"/> take the day
/// type it names instead of their weekday's. An interval is priced by the local time of its start.
/// </summary>
public sealed record TimeOfUseCharge : TariffCharge
{
    public required IReadOnlyList<TimeOfUsePeriod> Periods { get; init; }

    public required IReadOnlyList<DayType> DayTypes { get; init; }

    public HolidayCalendar? Holidays { get; init; }
}
