using System.Globalization;
using Polis.Citizens.Reports.Sla;

namespace Polis.Citizens.Reports.ServiceLevels;

/// <summary>
/// Checks a service-level document as a whole and builds the calendar (city zone from the platform) and the policy
/// book from it; every fault is listed with its JSON path, nothing is built unless there are none.
/// </summary>
public static class ServiceLevelDocumentValidator
{
    public const int MaxHolidays = 1000;
    public const int MaxPolicies = 1000;
    public const int MaxKeyLength = 64;

    /// <summary>Longest acknowledge or fix time: a calendar finds due dates up to ten years ahead, far beyond this.</summary>
    public const double MaxDays = 365;

    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss"];

    public static (WorkingCalendar? Calendar, SlaPolicyBook? Policies, ServiceLevelProblems Problems) Validate(ServiceLevelDocument? document, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var problems = new ServiceLevelProblems();
        if (document is null)
        {
            problems.Add("document", "A service-level document is required: calendar, defaultPolicy, byServiceCode, byServiceGroup.");
            return (null, null, problems);
        }

        var calendar = Calendar(document.Calendar, zone, problems);
        var defaultPolicy = Policy(document.DefaultPolicy, "defaultPolicy", calendar, problems);
        var byCode = Policies(document.ByServiceCode, "byServiceCode", calendar, problems);
        var byGroup = Policies(document.ByServiceGroup, "byServiceGroup", calendar, problems);
        return problems.Any || calendar is null || defaultPolicy is null
            ? (null, null, problems)
            : (calendar, new SlaPolicyBook(defaultPolicy, byCode, byGroup), problems);
    }

    private static WorkingCalendar? Calendar(CalendarDocument? calendar, TimeZoneInfo zone, ServiceLevelProblems problems)
    {
        if (calendar is null)
        {
            problems.Add("calendar", "A working calendar is required: workingDays, opens, closes, holidays.");
            return null;
        }

        var days = new List<DayOfWeek>();
        var names = calendar.WorkingDays ?? [];
        for (var i = 0; i < names.Count; i++)
        {
            if (!Enum.TryParse<DayOfWeek>(names[i], ignoreCase: true, out var day) || !Enum.IsDefined(day) || int.TryParse(names[i], out _))
            {
                problems.Add($"calendar.workingDays[{i}]", $"'{names[i]}' is not a weekday: use monday … sunday.");
            }
            else
            {
                days.Add(day);
            }
        }

        if (names.Count == 0)
        {
            problems.Add("calendar.workingDays", "At least one working weekday is required.");
        }

        var opens = Time(calendar.Opens, "calendar.opens", problems);
        var closes = Time(calendar.Closes, "calendar.closes", problems);
        if (opens is { } o && closes is { } c && o >= c)
        {
            problems.Add("calendar.closes", $"A working day must open before it closes (opens {o:HH:mm}, closes {c:HH:mm}).");
        }

        var holidays = new List<DateOnly>();
        var dates = calendar.Holidays ?? [];
        if (dates.Count > MaxHolidays)
        {
            problems.Add("calendar.holidays", $"At most {MaxHolidays} holidays.");
        }

        for (var i = 0; i < dates.Count; i++)
        {
            if (DateOnly.TryParseExact(dates[i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                holidays.Add(date);
            }
            else
            {
                problems.Add($"calendar.holidays[{i}]", $"'{dates[i]}' is not a date (yyyy-MM-dd).");
            }
        }

        return problems.Any || opens is null || closes is null ? null : new WorkingCalendar(zone, days, opens.Value, closes.Value, holidays);
    }

    private static TimeOnly? Time(string? text, string path, ServiceLevelProblems problems)
    {
        if (TimeOnly.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        problems.Add(path, $"'{text}' is not a time of day (HH:mm).");
        return null;
    }

    private static Dictionary<string, SlaPolicy> Policies(IReadOnlyDictionary<string, PolicyDocument>? policies, string path, WorkingCalendar? calendar, ServiceLevelProblems problems)
    {
        var result = new Dictionary<string, SlaPolicy>(StringComparer.OrdinalIgnoreCase);
        if (policies?.Count > MaxPolicies)
        {
            problems.Add(path, $"At most {MaxPolicies} policies.");
        }

        foreach (var (key, document) in policies ?? new Dictionary<string, PolicyDocument>())
        {
            if (string.IsNullOrWhiteSpace(key) || key.Length > MaxKeyLength)
            {
                problems.Add($"{path}.{key}", $"A key is 1–{MaxKeyLength} characters.");
            }
            else if (!result.TryAdd(key.Trim(), Policy(document, $"{path}.{key}", calendar, problems)!))
            {
                problems.Add($"{path}.{key}", "Given twice (keys are compared case-insensitively).");
            }
        }

        return result;
    }

    private static SlaPolicy? Policy(PolicyDocument? policy, string path, WorkingCalendar? calendar, ServiceLevelProblems problems)
    {
        if (policy is null)
        {
            problems.Add(path, "A policy is required: acknowledgeDays, fixDays, dueSoonHours, escalateEveryHours.");
            return null;
        }

        var acknowledge = Number(policy.AcknowledgeDays, $"{path}.acknowledgeDays", 0, MaxDays, problems);
        var fix = Number(policy.FixDays, $"{path}.fixDays", 0, MaxDays, problems);
        var dueSoon = Number(policy.DueSoonHours, $"{path}.dueSoonHours", 0, MaxDays * 24, problems);
        var escalate = Number(policy.EscalateEveryHours, $"{path}.escalateEveryHours", 0, MaxDays * 24, problems);
        if (escalate == 0)
        {
            problems.Add($"{path}.escalateEveryHours", "Must be more than 0.");
        }

        if (acknowledge > fix)
        {
            problems.Add($"{path}.fixDays", $"A fix cannot be due before the acknowledgement ({fix} < {acknowledge} days).");
        }

        return calendar is null || problems.Any
            ? null
            : SlaPolicy.InWorkingDays(calendar, acknowledge!.Value, fix!.Value, dueSoon!.Value, escalate!.Value);
    }

    private static double? Number(double? value, string path, double min, double max, ServiceLevelProblems problems)
    {
        if (value is not { } number || !double.IsFinite(number) || number < min || number > max)
        {
            problems.Add(path, $"Required: a number from {min} to {max}.");
            return null;
        }

        return number;
    }
}
