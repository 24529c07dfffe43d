using Polis.Platform.Telemetry;

namespace Polis.Platform.Alarms;

/// <summary>Reads alarm filters from the query string: statuses and severities as kebab-case lists.</summary>
public static class AlarmQueryParser
{
    public static AlarmQuery? Parse(
        string? status, string? severity, string? deviceId, string? ruleId, string? profile, string? district, string? assignee,
        string? from, string? to, int? offset, int? limit, Dictionary<string, string[]> errors)
    {
        var statuses = ParseList<AlarmStatus>(status, "status", errors, "active-unacknowledged, active-acknowledged, cleared, or 'open' for both active ones");
        var severities = ParseList<AlarmSeverity>(severity, "severity", errors, "critical, major, minor, warning, indeterminate");
        var fromAt = ToInstant(QueryParsing.ParseInstantParameter(from, "from", errors));
        var toAt = ToInstant(QueryParsing.ParseInstantParameter(to, "to", errors));

        if (offset is < 0 || limit is < 1 or > 1_000)
        {
            errors["paging"] = ["offset must be >= 0 and limit between 1 and 1000."];
        }

        return errors.Count > 0
            ? null
            : new AlarmQuery(statuses, severities, deviceId, ruleId, profile, district, assignee, fromAt, toAt, offset ?? 0, limit ?? 100);
    }

    private static DateTimeOffset? ToInstant(long? unixMs) => unixMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    private static List<T>? ParseList<T>(string? text, string field, Dictionary<string, string[]> errors, string allowed) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var values = new List<T>();
        foreach (var item in QueryParsing.SplitList(text))
        {
            if (typeof(T) == typeof(AlarmStatus) && item == "open")
            {
                values.AddRange([(T)(object)AlarmStatus.ActiveUnacknowledged, (T)(object)AlarmStatus.ActiveAcknowledged]);
            }
            else if (Enum.TryParse<T>(item.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var value) && Enum.IsDefined(value))
            {
                values.Add(value);
            }
            else
            {
                errors[field] = [$"'{item}' is not one of: {allowed}."];
            }
        }

        return values;
    }
}
