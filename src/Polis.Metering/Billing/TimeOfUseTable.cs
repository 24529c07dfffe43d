using Polis.Metering.Tariffs;

namespace Polis.Metering.Billing;

/// <summary>
/// A validated time-of-use charge compiled to lookups: the period index of each quarter hour of each day type, the
/// day type of each weekday, and the holidays.
/// </summary>
internal sealed class TimeOfUseTable
{
    private const int SlotsPerDay = ClockTime.MinutesPerDay / TimeOfUseValidator.SlotMinutes;

    private readonly byte[] _periodOfSlot;
    private readonly int[] _dayTypeOfWeekday = new int[7];
    private readonly HashSet<DateOnly> _holidays;
    private readonly int _holidayDayType;

    public TimeOfUseTable(TimeOfUseCharge charge)
    {
        Charge = charge;
        var periods = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < charge.Periods.Count; i++)
        {
            periods[charge.Periods[i].Name] = i;
        }

        var dayTypes = new Dictionary<string, int>(StringComparer.Ordinal);
        _periodOfSlot = new byte[charge.DayTypes.Count * SlotsPerDay];
        for (var t = 0; t < charge.DayTypes.Count; t++)
        {
            var dayType = charge.DayTypes[t];
            dayTypes[dayType.Name] = t;
            foreach (var day in dayType.Days)
            {
                _dayTypeOfWeekday[(int)day] = t;
            }

            foreach (var window in dayType.Windows)
            {
                var first = window.From.MinuteOfDay / TimeOfUseValidator.SlotMinutes;
                var last = window.To.MinuteOfDay / TimeOfUseValidator.SlotMinutes;
                _periodOfSlot.AsSpan((t * SlotsPerDay) + first, last - first).Fill(checked((byte)periods[window.Period]));
            }
        }

        _holidays = charge.Holidays is { } holidays ? [.. holidays.Dates] : [];
        _holidayDayType = charge.Holidays is { } h ? dayTypes[h.DayType] : -1;
    }

    public TimeOfUseCharge Charge { get; }

    public int PeriodCount => Charge.Periods.Count;

    /// <summary>The index of the period in force at local <paramref name="minuteOfDay"/> of local <paramref name="date"/>.</summary>
    public int PeriodAt(DateOnly date, int minuteOfDay)
    {
        var dayType = _holidayDayType >= 0 && _holidays.Contains(date) ? _holidayDayType : _dayTypeOfWeekday[(int)date.DayOfWeek];
        return _periodOfSlot[(dayType * SlotsPerDay) + (minuteOfDay / TimeOfUseValidator.SlotMinutes)];
    }
}
