using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Polis.Platform.Telemetry;

namespace Polis.Dashboard.Devices;

/// <summary>
/// Reads one key's history for the chart through the telemetry API's own parser and query service, so the chart
/// obeys the same limits (at most <see cref="TelemetryRequestParser.MaxBuckets"/> intervals, at most
/// <see cref="TelemetryRequestParser.MaxRawPoints"/> raw points a read) and is answered from the same rollup tier.
/// </summary>
public sealed class DeviceHistoryReader(TelemetryQueryService queries, TimeProvider time)
{
    public async Task<HistorySeries> ReadAsync(string deviceId, HistoryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var (from, to) = Bounds(request, now);
        if (from is null || to is null)
        {
            return HistorySeries.Refused("Choose both 'from' and 'to' for a custom range.", from ?? now, to ?? now);
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var query = TelemetryRequestParser.ParseHistory(
            [request.Key],
            from.Value.ToString(CultureInfo.InvariantCulture),
            to.Value.ToString(CultureInfo.InvariantCulture),
            request.Interval,
            request.Agg.ToString().ToLowerInvariant(),
            TelemetryRequestParser.MaxRawPoints,
            "asc",
            now,
            errors);
        if (query is null)
        {
            return HistorySeries.Refused(string.Join(" ", errors.Values.SelectMany(m => m)), from.Value, to.Value);
        }

        var history = await queries.GetHistoryAsync(deviceId, query, cancellationToken);
        var series = history.Series.GetValueOrDefault(request.Key) ?? [];
        if (request.Interval is null && series.Count >= TelemetryRequestParser.MaxRawPoints)
        {
            // The API returns at most this many raw points a call; a chart of the first 10,000 would silently cut the range.
            return HistorySeries.Refused(
                string.Create(CultureInfo.InvariantCulture, $"This range holds {TelemetryRequestParser.MaxRawPoints:N0} raw readings or more, the most one read returns. Choose an interval (1 min or more) or a shorter range."),
                from.Value,
                to.Value);
        }

        var points = new List<ChartPoint>(series.Count);
        foreach (var point in series)
        {
            if (Number(point.Value) is { } value)
            {
                points.Add(new ChartPoint(point.Ts, value));
            }
        }

        return new HistorySeries(points, from.Value, to.Value, history.Source, series.Count - points.Count, null);
    }

    private static (long? From, long? To) Bounds(HistoryRequest request, long now)
    {
        if (request.Range != HistoryRange.Custom)
        {
            return (now - (long)HistoryChoices.Length(request.Range).TotalMilliseconds, now);
        }

        // The page's date pickers give UTC wall-clock times (the whole dashboard speaks UTC).
        return (UnixMs(request.From), UnixMs(request.To));
    }

    private static long? UnixMs(DateTime? utc) =>
        utc is { } t ? new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)).ToUnixTimeMilliseconds() : null;

    private static double? Number(JsonNode? node) => node is JsonValue value
        ? value.GetValueKind() switch
        {
            JsonValueKind.Number when value.TryGetValue<double>(out var number) && double.IsFinite(number) => number,
            JsonValueKind.True => 1,
            JsonValueKind.False => 0,
            _ => null,
        }
        : null;
}
