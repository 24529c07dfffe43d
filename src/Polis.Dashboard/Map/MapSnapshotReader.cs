using Polis.Contracts.Telemetry;
using Polis.Platform.Alarms;
using Polis.Platform.Devices;
using Polis.Platform.Telemetry;

namespace Polis.Dashboard.Map;

/// <summary>
/// Reads every device with a position from the platform's stores, in process, a page at a time: registry rows,
/// the latest reported latitude/longitude (moving vehicles), which devices are online and which have an open alarm.
/// </summary>
public sealed class MapSnapshotReader(IDeviceRegistryStore devices, IAlarmStore alarms, ITelemetryStore telemetry, TimeProvider time)
{
    public const int PageSize = 1_000;

    public const string LatitudeKey = "latitude";

    public const string LongitudeKey = "longitude";

    private static readonly AlarmStatus[] OpenStatuses = [AlarmStatus.ActiveUnacknowledged, AlarmStatus.ActiveAcknowledged];
    private static readonly string[] PositionKeys = [LatitudeKey, LongitudeKey];

    public async Task<MapSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var online = (await devices.QueryDeviceIdsAsync(new DeviceQuery(Online: true), now, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var alarmed = await DevicesWithOpenAlarmsAsync(cancellationToken);
        var profiles = new List<string>();
        var profileIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var markers = new List<MapMarker>();
        for (var offset = 0; ; offset += PageSize)
        {
            var page = await devices.QueryDevicesAsync(new DeviceQuery(Offset: offset, Limit: PageSize), now, cancellationToken);
            var reported = await ReportedPositionsAsync(page.Items, cancellationToken);
            foreach (var device in page.Items)
            {
                var position = reported.GetValueOrDefault(device.Id) ?? device.Location;
                if (position is not { } at)
                {
                    continue;
                }

                if (!profileIndex.TryGetValue(device.ProfileId, out var profile))
                {
                    profile = profileIndex[device.ProfileId] = profiles.Count;
                    profiles.Add(device.ProfileId);
                }

                markers.Add(new MapMarker(device.Id, profile, at.Longitude, at.Latitude, StateOf(online.Contains(device.Id), alarmed.Contains(device.Id))));
            }

            if (page.Items.Count < PageSize || offset + PageSize >= page.Total)
            {
                return new MapSnapshot(profiles, markers);
            }
        }
    }

    /// <summary>True when the device has at least one alarm that is not cleared.</summary>
    public async Task<bool> HasOpenAlarmAsync(string deviceId, CancellationToken cancellationToken) =>
        (await alarms.QueryAsync(new AlarmQuery(Statuses: OpenStatuses, DeviceId: deviceId, Limit: 1), cancellationToken)).Total > 0;

    public static MapMarkerState StateOf(bool online, bool alarmed) =>
        alarmed ? MapMarkerState.Alarm : online ? MapMarkerState.Online : MapMarkerState.Offline;

    /// <summary>A position from a reading batch, when it carries a valid latitude and longitude.</summary>
    public static GeoPoint? PositionOf(IReadOnlyList<TelemetryPoint> points, GeoPoint? previous)
    {
        double? latitude = previous?.Latitude, longitude = previous?.Longitude;
        foreach (var point in points)
        {
            if (point.Value.Kind == TelemetryValueKind.Number && point.Key == LatitudeKey)
            {
                latitude = point.Value.Number;
            }
            else if (point.Value.Kind == TelemetryValueKind.Number && point.Key == LongitudeKey)
            {
                longitude = point.Value.Number;
            }
        }

        return latitude is { } lat && longitude is { } lon && new GeoPoint(lon, lat) is { IsValid: true } at ? at : null;
    }

    private async Task<HashSet<string>> DevicesWithOpenAlarmsAsync(CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var offset = 0; ; offset += PageSize)
        {
            var page = await alarms.QueryAsync(new AlarmQuery(Statuses: OpenStatuses, Offset: offset, Limit: PageSize), cancellationToken);
            ids.UnionWith(page.Items.Select(a => a.DeviceId));
            if (page.Items.Count < PageSize || offset + PageSize >= page.Total)
            {
                return ids;
            }
        }
    }

    private async Task<Dictionary<string, GeoPoint?>> ReportedPositionsAsync(IReadOnlyList<Device> page, CancellationToken cancellationToken)
    {
        var latest = await telemetry.GetLatestAsync(page.Select(d => d.Id).ToList(), PositionKeys, cancellationToken);
        return latest.GroupBy(l => l.DeviceId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => PositionOf(g.Select(l => l.Point).ToList(), null), StringComparer.Ordinal);
    }
}
