using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Polis.Platform.City;
using Polis.Platform.Devices;
using Polis.Platform.Telemetry;
using Polis.Transit.Feeds;
using Polis.Transit.Live;

namespace Polis.Dashboard.Overview;

/// <summary>
/// Computes the overview's indicators from the telemetry of the built-in profiles, in process. One node-wide
/// copy is kept for <see cref="MaxAge"/>: every open overview re-reads every few seconds, and a hundred screens in
/// an operations centre must not mean a hundred times the queries.
/// </summary>
/// <remarks>
/// Buses are judged by the transit module (trips matched against the active feed). The meters are still summed raw:
/// when the metering module exists, validated consumption should replace the sums.
/// </remarks>
public sealed class CityIndicatorsReader(
    IDeviceRegistryStore devices, ITelemetryStore telemetry, TelemetryQueryService queries, DeviceProfileCache profiles, IOptions<CityOptions> city,
    ITransitLiveState transitVehicles, ITransitNetworkProvider transitNetwork, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    /// <summary>A value counts as current within this many reporting intervals of its profile.</summary>
    private const int FreshIntervals = 3;

    private const int DefaultIntervalSeconds = 300;

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

        var busInterval = (await profiles.GetAsync("bus", cancellationToken))?.ReportingIntervalSeconds ?? DefaultIntervalSeconds;
        var (spots, spotFresh) = await LatestAsync("parking-spot", ["occupied"], now, cancellationToken);
        var (stations, stationFresh) = await LatestAsync("air-quality", ["pm25"], now, cancellationToken);
        var nowMs = now.ToUnixTimeMilliseconds();
        return new CityIndicators(
            electricity,
            water,
            IndicatorRules.Buses(transitNetwork.Current is not null, transitVehicles.Vehicles, now, TimeSpan.FromSeconds(FreshIntervals * busInterval)),
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
        var interval = (await profiles.GetAsync(profileId, cancellationToken))?.ReportingIntervalSeconds ?? DefaultIntervalSeconds;
        return ((ids.Count, latest), FreshIntervals * interval * 1000L);
    }
}
