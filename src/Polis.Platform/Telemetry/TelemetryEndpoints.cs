using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Contracts.Devices;
using Polis.Platform.Devices;
using Polis.Platform.Devices.Api;
using Polis.Platform.Identity;
using Polis.Platform.Telemetry.Api;

namespace Polis.Platform.Telemetry;

/// <summary>Telemetry reads: one device's history, the latest values of many devices, aggregates across devices.</summary>
public static class TelemetryEndpoints
{
    public const int MaxDevicesPerQuery = 100_000;

    public static IEndpointRouteBuilder MapTelemetryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/devices/{id}/telemetry", GetHistoryAsync).WithTags("Telemetry").RequireAuthorization(PolisPolicies.Read)
            .WithName("GetDeviceTelemetry").WithSummary("Raw or aggregated history of a device's keys, answered from the right rollup tier.");
        var group = endpoints.MapGroup("/api/v1/telemetry").WithTags("Telemetry").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/latest", GetLatestAsync).WithName("GetLatestTelemetry").WithSummary("Latest values of many devices in one call.");
        group.MapGet("/aggregate", AggregateAsync).WithName("AggregateTelemetry").WithSummary("One key aggregated across devices per interval, optionally by district.");
        return endpoints;
    }

    public static async Task<Results<Ok<HistoryResponse>, ValidationProblem, ProblemHttpResult>> GetHistoryAsync(
        string id, string? keys, string? from, string? to, string? interval, string? agg, int? limit, string? order,
        IDeviceRegistryStore registry, IGrainFactory grains, TelemetryQueryService queries, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var query = TelemetryRequestParser.ParseHistory(QueryParsing.SplitList(keys), from, to, interval, agg, limit, order, time.GetUtcNow().ToUnixTimeMilliseconds(), errors);
        if (query is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await registry.GetDeviceAsync(id, cancellationToken) is null)
        {
            return DeviceEndpoints.NotFound(id);
        }

        if (query.Keys.Count == 0)
        {
            var twin = await grains.GetGrain<IDeviceGrain>(id).GetTwinAsync();
            query = query with { Keys = twin.Latest.Keys.Order(StringComparer.Ordinal).ToList() };
        }

        return TypedResults.Ok(await queries.GetHistoryAsync(id, query, cancellationToken));
    }

    public static async Task<Results<Ok<Dictionary<string, Dictionary<string, TimedValue>>>, ValidationProblem>> GetLatestAsync(
        string? deviceIds, string? keys, string? profile, string? district, string? label,
        IDeviceRegistryStore registry, ITelemetryStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> ids = QueryParsing.SplitList(deviceIds);
        if (ids.Count == 0 && profile is null && district is null && label is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["deviceIds"] = ["Name devices (?deviceIds=a,b) or filter them by profile, district or label."] });
        }

        if (ids.Count == 0)
        {
            ids = await registry.QueryDeviceIdsAsync(new DeviceQuery(profile, district, label), time.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken);
        }

        if (ids.Count > MaxDevicesPerQuery)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["deviceIds"] = [$"At most {MaxDevicesPerQuery} devices per call."] });
        }

        var keyList = QueryParsing.SplitList(keys);
        var latest = await store.GetLatestAsync(ids, keyList.Count == 0 ? null : keyList, cancellationToken);
        var result = new Dictionary<string, Dictionary<string, TimedValue>>(StringComparer.Ordinal);
        foreach (var entry in latest)
        {
            if (!result.TryGetValue(entry.DeviceId, out var values))
            {
                result[entry.DeviceId] = values = new Dictionary<string, TimedValue>(StringComparer.Ordinal);
            }

            values[entry.Point.Key] = new TimedValue(entry.Point.Timestamp, JsonValues.From(entry.Point.Value));
        }

        return TypedResults.Ok(result);
    }

    public static async Task<Results<Ok<AggregateResponse>, ValidationProblem>> AggregateAsync(
        string? key, string? profile, string? district, string? label, string? from, string? to, string? interval, string? agg, string? groupBy,
        IDeviceRegistryStore registry, TelemetryQueryService queries, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(key))
        {
            errors["key"] = ["Name the telemetry key to aggregate: ?key=energy."];
        }

        if (profile is null && district is null && label is null)
        {
            errors["profile"] = ["Select devices by profile, district or label."];
        }

        if (groupBy is not null and not "district")
        {
            errors["groupBy"] = ["'groupBy' can only be 'district'."];
        }

        var (fromMs, toMs, intervalMs, aggregation) = TelemetryRequestParser.ParseRange(from, to, interval ?? "1h", agg, now, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        IReadOnlyList<(string?, IReadOnlyList<string>)> groups;
        if (groupBy == "district")
        {
            var devices = await registry.QueryDevicesAsync(new DeviceQuery(profile, district, label, Limit: MaxDevicesPerQuery), now, cancellationToken);
            groups = devices.Items.GroupBy(d => d.District).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => ((string?)g.Key, (IReadOnlyList<string>)g.Select(d => d.Id).ToList())).ToList();
        }
        else
        {
            groups = [(district, await registry.QueryDeviceIdsAsync(new DeviceQuery(profile, district, label), now, cancellationToken))];
        }

        return TypedResults.Ok(await queries.AggregateAsync(key!, groups, fromMs, toMs, intervalMs!.Value, aggregation, cancellationToken));
    }
}
