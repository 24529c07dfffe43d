using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Polis.Platform.Devices.Api;
using Polis.Platform.Telemetry.Api;

namespace Polis.Platform.Telemetry;

/// <summary>Answers history and aggregate queries from the tier that can answer them cheapest.</summary>
public sealed class TelemetryQueryService(ITelemetryStore store, IOptions<TelemetryOptions> options, TimeProvider timeProvider)
{
    public async Task<HistoryResponse> GetHistoryAsync(string deviceId, HistoryQuery query, CancellationToken cancellationToken)
    {
        var series = new Dictionary<string, IReadOnlyList<SeriesPoint>>(StringComparer.Ordinal);
        if (query.Interval is not { } interval)
        {
            foreach (var key in query.Keys)
            {
                var points = await store.GetRawAsync(deviceId, key, query.From, query.To, query.Limit, query.NewestFirst, cancellationToken);
                series[key] = points.Select(p => new SeriesPoint(p.Timestamp, JsonValues.From(p.Value))).ToList();
            }

            return new HistoryResponse(deviceId, query.From, query.To, null, null, "raw", series);
        }

        var tier = RollupTierSelector.Choose(interval, query.From, Now(), options.Value);
        foreach (var key in query.Keys)
        {
            var buckets = await store.AggregateAsync(new AggregateRequest(tier, [deviceId], key, query.From, query.To, interval), cancellationToken);
            IEnumerable<AggregateBucket> ordered = query.NewestFirst ? buckets.Reverse() : buckets;
            series[key] = ordered.Take(query.Limit).Select(b => Bucket(b, query.Agg)).ToList();
        }

        return new HistoryResponse(deviceId, query.From, query.To, interval, Name(query.Agg), Name(tier), series);
    }

    public async Task<AggregateResponse> AggregateAsync(
        string key, IReadOnlyList<(string? District, IReadOnlyList<string> DeviceIds)> groups, long from, long to, long interval, Aggregation agg, CancellationToken cancellationToken)
    {
        var tier = RollupTierSelector.Choose(interval, from, Now(), options.Value);
        var results = new List<AggregateGroup>(groups.Count);
        foreach (var (district, deviceIds) in groups)
        {
            var buckets = deviceIds.Count == 0
                ? []
                : await store.AggregateAsync(new AggregateRequest(tier, deviceIds, key, from, to, interval), cancellationToken);
            results.Add(new AggregateGroup(district, deviceIds.Count, buckets.Select(b => Bucket(b, agg)).ToList()));
        }

        return new AggregateResponse(key, from, to, interval, Name(agg), Name(tier), results);
    }

    private static SeriesPoint Bucket(AggregateBucket bucket, Aggregation agg) =>
        new(bucket.Start, JsonValue.Create(AggregateValues.Of(bucket, agg)), bucket.Count);

    private static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private long Now() => timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
}
