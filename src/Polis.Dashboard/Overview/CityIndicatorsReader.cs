using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Polis.Platform.City;
using Polis.Platform.Devices;
using Polis.Platform.Telemetry;

namespace Polis.Dashboard.Overview;

/// <summary>
/// Computes the overview's indicators from the telemetry of the built-in profiles, in process. One node-wide
/// copy is kept for <see cref="MaxAge"/>: every open overview re-reads every few seconds, and a hundred screens in
/// an operations centre must not mean a hundred times the queries.
/// </summary>
/// <remarks>
/// These are the platform's first, telemetry-level definitions. When the metering and transit modules exist,
/// validated consumption and matched trips should replace the raw meter sums and the buses' own delay reports.
/// </remarks>
public sealed class CityIndicatorsReader(
    IDeviceRegistryStore devices, ITelemetryStore telemetry, TelemetryQueryService queries, DeviceProfileCache profiles, IOptions<CityOptions> city, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    /// <summary>A value counts as current within this many reporting intervals of its profile.</summary>
    private const int FreshIntervals = 3;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private CityIndicators? _latest;

    public async Task<CityIndicators> ReadAsync(CancellationToken cancellationToken)
    {
        if (Current() is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return Current() ?? (_latest = await ComputeAsync(cancellationToken));
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private CityIndicators? Current() => _latest is { } latest && time.GetUtcNow() - latest.ReadAt < MaxAge ? latest : null;

    private async Task<CityIndicators> ComputeAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var dayStart = city.Value.StartOfDay(now);
        var electricity = await MeteredTodayAsync("electricity-meter", "power", "kWh", dayStart, now, cancellationToken);
        var water = await MeteredTodayAsync("water-meter", "flow", "m³", dayStart, now, cancellationToken);

        var (buses, busFresh) = await LatestAsync("bus", ["delay", "trip_id"], now, cancellationToken);
        var (spots, spotFresh) = await LatestAsync("parking-spot", ["occupied"], now, cancellationToken);
        var (stations, stationFresh) = await LatestAsync("air-quality", ["pm25"], now, cancellationToken);
        var nowMs = now.ToUnixTimeMilliseconds();
        return new CityIndicators(
            electricity,
            water,
            IndicatorRules.Buses(buses.Latest, nowMs, busFresh),
            IndicatorRules.Parking(spots.Count, spots.Latest, nowMs, spotFresh),
            IndicatorRules.AirQuality(stations.Count, stations.Latest, nowMs, stationFresh),
            dayStart,
            now);
    }

    /// <summary>
    /// The meters report their average rate over each reporting interval (kW, m³/h), so rate × interval summed
    /// over today's readings is today's consumption. Reads hourly rollups (minute ones where the city's midnight
    /// is not on the hour), so the cost does not grow with the number of readings.
    /// </summary>
    private async Task<MeteredToday> MeteredTodayAsync(string profileId, string rateKey, string unit, DateTimeOffset dayStart, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = await devices.QueryDeviceIdsAsync(new DeviceQuery(ProfileId: profileId), now.ToUnixTimeMilliseconds(), cancellationToken);
        var profile = await profiles.GetAsync(profileId, cancellationToken);
        if (ids.Count == 0 || profile is null)
        {
            return new MeteredToday(0, unit, ids.Count);
        }

        var from = dayStart.ToUnixTimeMilliseconds();
        var interval = from % RollupTierSelector.HourMs == 0 ? RollupTierSelector.HourMs : RollupTierSelector.MinuteMs;
        var sums = await queries.AggregateAsync(rateKey, [(null, ids)], from, now.ToUnixTimeMilliseconds() + 1, interval, Aggregation.Sum, cancellationToken);
        var rateSum = sums.Groups.SelectMany(g => g.Buckets).Sum(b => b.Value is JsonValue v && v.TryGetValue(out double d) && double.IsFinite(d) ? d : 0);
        return new MeteredToday(rateSum * profile.ReportingIntervalSeconds / 3600.0, unit, ids.Count);
    }

    private async Task<((int Count, IReadOnlyList<DeviceLatest> Latest) Devices, long FreshForMs)> LatestAsync(
        string profileId, string[] keys, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = await devices.QueryDeviceIdsAsync(new DeviceQuery(ProfileId: profileId), now.ToUnixTimeMilliseconds(), cancellationToken);
        var latest = ids.Count == 0 ? [] : await telemetry.GetLatestAsync(ids, keys, cancellationToken);
        var interval = (await profiles.GetAsync(profileId, cancellationToken))?.ReportingIntervalSeconds ?? 300;
        return ((ids.Count, latest), FreshIntervals * interval * 1000L);
    }
}
