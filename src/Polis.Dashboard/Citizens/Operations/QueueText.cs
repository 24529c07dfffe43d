using System.Globalization;

namespace Polis.Dashboard.Citizens.Operations;

/// <summary>How the queue and the desk word SLA states, dates in the city's zone and a report's age.</summary>
public static class QueueText
{
    public static string Sla(string state) => state switch
    {
        "on_track" => "On track",
        "due_soon" => "Due soon",
        "overdue" => "Overdue",
        _ => "Unscheduled",
    };

    public static MudBlazor.Color SlaColour(string state) => state switch
    {
        "on_track" => MudBlazor.Color.Success,
        "due_soon" => MudBlazor.Color.Warning,
        "overdue" => MudBlazor.Color.Error,
        _ => MudBlazor.Color.Default,
    };

    /// <summary>A time on the city's wall clock, e.g. <c>2026-12-07 12:40</c>; a dash when there is none.</summary>
    public static string Local(DateTimeOffset? at, TimeZoneInfo zone) =>
        at is { } value ? TimeZoneInfo.ConvertTime(value, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";

    /// <summary>How long ago a report was made, in its largest whole unit: 5 min, 3 h, 2 d.</summary>
    public static string Age(DateTimeOffset madeAt, DateTimeOffset now)
    {
        var age = now - madeAt;
        return age.TotalDays >= 1 ? $"{(int)age.TotalDays} d" : age.TotalHours >= 1 ? $"{(int)age.TotalHours} h" : $"{Math.Max(0, (int)age.TotalMinutes)} min";
    }
}
