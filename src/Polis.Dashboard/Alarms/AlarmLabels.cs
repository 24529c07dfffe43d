using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MudBlazor;
using Polis.Platform.Alarms;

namespace Polis.Dashboard.Alarms;

/// <summary>How alarms read on every dashboard page, so the overview and the console never disagree.</summary>
public static class AlarmLabels
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Name(AlarmSeverity severity) => severity.ToString().ToLowerInvariant();

    public static string StatusOf(AlarmStatus status) => status switch
    {
        AlarmStatus.ActiveUnacknowledged => "active, unacknowledged",
        AlarmStatus.ActiveAcknowledged => "active, acknowledged",
        _ => "cleared",
    };

    public static Color ColorOf(AlarmSeverity severity) => severity switch
    {
        AlarmSeverity.Critical => Color.Error,
        AlarmSeverity.Major => Color.Warning,
        AlarmSeverity.Minor => Color.Info,
        AlarmSeverity.Warning => Color.Secondary,
        _ => Color.Default,
    };

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The details indented for reading; text that is not JSON (a rule may store plain text) is shown as it is.</summary>
    public static string PrettyJson(string json)
    {
        try
        {
            return JsonNode.Parse(json)?.ToJsonString(Indented) ?? json;
        }
        catch (JsonException)
        {
            return json;
        }
    }
}
