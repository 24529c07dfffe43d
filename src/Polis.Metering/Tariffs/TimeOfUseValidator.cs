namespace Polis.Metering.Tariffs;

/// <summary>
/// The checks of a time-of-use charge: named periods with prices, every day of the week in exactly one day type, and
/// every day type's windows covering 00:00–24:00 on quarter hours with neither gap nor overlap.
/// </summary>
internal static class TimeOfUseValidator
{
    public const int SlotMinutes = 15;

    public static void Check(TimeOfUseCharge charge, string at, List<TariffError> errors)
    {
        var periods = new HashSet<string>(StringComparer.Ordinal);
        if (charge.Periods is not { Count: > 0 })
        {
            errors.Add(new($"{at}.periods", "A time-of-use charge needs at least one period."));
        }
        else
        {
            for (var i = 0; i < charge.Periods.Count; i++)
            {
                var period = charge.Periods[i];
                if (period is null || string.IsNullOrWhiteSpace(period.Name) || !periods.Add(period.Name))
                {
                    errors.Add(new($"{at}.periods[{i}].name", "Every period needs a name of its own."));
                }
                else if (period.UnitPrice < 0m)
                {
                    errors.Add(new($"{at}.periods[{i}].unitPrice", $"A price cannot be negative ({period.UnitPrice})."));
                }
            }
        }

        if (charge.DayTypes is not { Count: > 0 } dayTypes)
        {
            errors.Add(new($"{at}.dayTypes", "A time-of-use charge needs at least one day type."));
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var owner = new string?[7];
        for (var i = 0; i < dayTypes.Count; i++)
        {
            var dayType = dayTypes[i];
            if (dayType is null || string.IsNullOrWhiteSpace(dayType.Name) || !names.Add(dayType.Name))
            {
                errors.Add(new($"{at}.dayTypes[{i}].name", "Every day type needs a name of its own."));
                continue;
            }

            foreach (var day in dayType.Days ?? [])
            {
                if (owner[(int)day] is { } other)
                {
                    errors.Add(new($"{at}.dayTypes[{i}].days", $"{day} is in both \"{other}\" and \"{dayType.Name}\"."));
                }

                owner[(int)day] = dayType.Name;
            }

            CheckWindows(dayType, periods, $"{at}.dayTypes[{i}].windows", errors);
        }

        var uncovered = Enum.GetValues<DayOfWeek>().Where(d => owner[(int)d] is null).ToList();
        if (uncovered.Count > 0)
        {
            errors.Add(new($"{at}.dayTypes", $"The week is not covered: no day type for {string.Join(", ", uncovered)}."));
        }

        if (charge.Holidays is { } holidays && !names.Contains(holidays.DayType ?? ""))
        {
            errors.Add(new($"{at}.holidays.dayType", $"Holidays are priced as day type \"{holidays.DayType}\", which is not defined."));
        }
    }

    private static void CheckWindows(DayType dayType, HashSet<string> periods, string at, List<TariffError> errors)
    {
        if (dayType.Windows is not { Count: > 0 } windows)
        {
            errors.Add(new(at, $"\"{dayType.Name}\" has no windows: the day 00:00–24:00 is not covered."));
            return;
        }

        var sorted = new List<TimeWindow>(windows.Count);
        for (var i = 0; i < windows.Count; i++)
        {
            var w = windows[i];
            if (w is null || w.From >= w.To)
            {
                errors.Add(new($"{at}[{i}]", $"A window ends after it starts{(w is null ? "" : $" ({w.From}–{w.To})")}."));
            }
            else if (w.From.MinuteOfDay % SlotMinutes != 0 || w.To.MinuteOfDay % SlotMinutes != 0)
            {
                errors.Add(new($"{at}[{i}]", $"Windows start and end on quarter hours, not {w.From}–{w.To}."));
            }
            else
            {
                if (!periods.Contains(w.Period ?? ""))
                {
                    errors.Add(new($"{at}[{i}].period", $"Period \"{w.Period}\" is not one of the charge's periods."));
                }

                sorted.Add(w);
            }
        }

        sorted.Sort((a, b) => a.From.CompareTo(b.From));
        var covered = ClockTime.Midnight;
        foreach (var w in sorted)
        {
            if (w.From > covered)
            {
                errors.Add(new(at, $"\"{dayType.Name}\" is not covered from {covered} to {w.From}."));
            }
            else if (w.From < covered)
            {
                errors.Add(new(at, $"\"{dayType.Name}\": {w.From}–{w.To} overlaps another window up to {covered}."));
            }

            covered = w.To > covered ? w.To : covered;
        }

        if (covered < ClockTime.EndOfDay)
        {
            errors.Add(new(at, $"\"{dayType.Name}\" is not covered from {covered} to 24:00."));
        }
    }
}
