using Polis.Platform.Telemetry.Api;

namespace Polis.Platform.Telemetry;

/// <summary>Validates the query-string of history and aggregate requests, collecting every error.</summary>
public static class TelemetryRequestParser
{
    public const int MaxRawPoints = 10_000;
    public const int MaxBuckets = 10_000;
    public static readonly TimeSpan DefaultRange = TimeSpan.FromDays(1);

    public static (long From, long To, long? Interval, Aggregation Agg) ParseRange(
        string? from, string? to, string? interval, string? agg, long now, Dictionary<string, string[]> errors)
    {
        var toMs = QueryParsing.ParseInstantParameter(to, "to", errors) ?? now;
        var fromMs = QueryParsing.ParseInstantParameter(from, "from", errors) ?? toMs - (long)DefaultRange.TotalMilliseconds;

        if (fromMs >= toMs && !errors.ContainsKey("from") && !errors.ContainsKey("to"))
        {
            errors["from"] = ["'from' must be before 'to'."];
        }

        long? intervalMs = null;
        if (interval is not null)
        {
            if (!QueryParsing.TryParseInterval(interval, out var parsed) || parsed < 1_000)
            {
                errors["interval"] = ["'interval' is e.g. 30s, 15m, 1h, 1d, PT15M or milliseconds, and at least one second."];
            }
            else if ((toMs - fromMs) / parsed > MaxBuckets)
            {
                errors["interval"] = [$"The range holds more than {MaxBuckets} intervals; widen the interval or narrow the range."];
            }
            else
            {
                intervalMs = parsed;
            }
        }

        if (!QueryParsing.TryParseAggregation(agg, out var aggregation))
        {
            errors["agg"] = ["'agg' is one of avg, min, max, sum, count, last."];
        }

        return (fromMs, toMs, intervalMs, aggregation);
    }

    public static HistoryQuery? ParseHistory(
        IReadOnlyList<string> keys, string? from, string? to, string? interval, string? agg, int? limit, string? order, long now, Dictionary<string, string[]> errors)
    {
        var (fromMs, toMs, intervalMs, aggregation) = ParseRange(from, to, interval, agg, now, errors);
        if (limit is < 1 or > MaxRawPoints)
        {
            errors["limit"] = [$"'limit' is between 1 and {MaxRawPoints}."];
        }

        if (order is not null and not "asc" and not "desc")
        {
            errors["order"] = ["'order' is asc or desc."];
        }

        return errors.Count > 0 ? null : new HistoryQuery(keys, fromMs, toMs, intervalMs, aggregation, limit ?? 1_000, order == "desc");
    }
}
