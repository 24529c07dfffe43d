using System.Globalization;
using System.Xml;

namespace Polis.Platform.Telemetry;

/// <summary>Parses the query-string forms of instants, intervals and aggregations the telemetry API accepts.</summary>
public static class QueryParsing
{
    /// <summary>Unix milliseconds ("1730000000000") or ISO 8601 ("2026-11-23T10:00:00Z").</summary>
    public static bool TryParseInstant(string? text, out long unixMs)
    {
        unixMs = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out unixMs))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
        {
            unixMs = instant.ToUnixTimeMilliseconds();
            return true;
        }

        return false;
    }

    /// <summary>
    /// The instant in query parameter <paramref name="field"/>, null when absent; an unparsable value is
    /// recorded in <paramref name="errors"/> under the parameter's name.
    /// </summary>
    public static long? ParseInstantParameter(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (TryParseInstant(text, out var unixMs))
        {
            return unixMs;
        }

        errors[field] = [$"'{field}' is Unix milliseconds or an ISO 8601 instant."];
        return null;
    }

    /// <summary>"30s", "15m", "1h", "1d", "1w", ISO 8601 durations ("PT15M") or milliseconds ("900000").</summary>
    public static bool TryParseInterval(string? text, out long milliseconds)
    {
        milliseconds = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (text.StartsWith('P'))
        {
            try
            {
                milliseconds = (long)XmlConvert.ToTimeSpan(text).TotalMilliseconds;
            }
            catch (FormatException)
            {
                return false;
            }

            return milliseconds > 0;
        }

        var unit = text[^1] switch
        {
            's' => 1_000L,
            'm' => 60_000L,
            'h' => 3_600_000L,
            'd' => 86_400_000L,
            'w' => 604_800_000L,
            _ => 0L,
        };
        var digits = unit == 0 ? text : text[..^1];
        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0 || count > 100_000_000_000)
        {
            return false;
        }

        milliseconds = unit == 0 ? count : count * unit;
        return true;
    }

    public static bool TryParseAggregation(string? text, out Aggregation aggregation)
    {
        aggregation = Aggregation.Avg;
        return string.IsNullOrEmpty(text) || (Enum.TryParse(text, ignoreCase: true, out aggregation) && Enum.IsDefined(aggregation));
    }

    public static IReadOnlyList<string> SplitList(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
}
