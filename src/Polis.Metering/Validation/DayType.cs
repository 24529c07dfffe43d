namespace Polis.Metering.Validation;

/// <summary>The kinds of day the high/low usage band compares: working days, Saturdays, Sundays and holidays.</summary>
internal enum DayType : byte
{
    Weekday,
    Saturday,
    SundayOrHoliday,
}
