using System.Text.Json.Nodes;
using Polis.Contracts.Telemetry;
using Polis.NgsiLd.Entities;
using Polis.NgsiLd.Geo;
using Polis.NgsiLd.Http;
using Polis.NgsiLd.Query;
using Polis.Platform.Devices;
using Polis.Platform.Telemetry;

namespace Polis.NgsiLd;

/// <summary>
/// Answers NGSI-LD reads from the registry, the telemetry store and the twins. The registry narrows the
/// candidates first (profiles of the requested types, the geo-query's bounding box for devices that do
/// not move); q, geo and id filters are then evaluated exactly on the entities, and paging comes last so
/// counts and pages agree.
/// </summary>
public sealed class NgsiLdEntityService(IDeviceRegistryStore registry, ITelemetryStore telemetry, IDeviceTwinReader twins, TimeProvider timeProvider)
{
    private const int RegistryPageSize = 1_000;
    private static readonly Dictionary<string, TelemetryPoint> _noReadings = new(StringComparer.Ordinal);

    public async Task<EntityQueryResult> QueryAsync(EntityQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var profiles = (await registry.ListProfilesAsync(cancellationToken))
            .Where(p => query.Types is null || query.Types.Contains(EntityTypes.ForProfile(p.Id)))
            .ToDictionary(p => p.Id, StringComparer.Ordinal);
        var devices = query.Ids is not null
            ? await DevicesByIdAsync(query.Ids, profiles, cancellationToken)
            : await DevicesByProfileAsync(profiles.Values, query.Geo, cancellationToken);
        if (devices.Count == 0)
        {
            return new EntityQueryResult([], 0);
        }

        var latest = (await telemetry.GetLatestAsync(devices.Select(d => d.Id).ToList(), null, cancellationToken))
            .GroupBy(l => l.DeviceId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToDictionary(l => l.Point.Key, l => l.Point, StringComparer.Ordinal), StringComparer.Ordinal);
        var online = await OnlineAsync(devices, cancellationToken);

        var matches = new List<JsonObject>();
        foreach (var device in devices)
        {
            var snapshot = new DeviceSnapshot(device, profiles.GetValueOrDefault(device.ProfileId), latest.GetValueOrDefault(device.Id) ?? _noReadings, online?.Contains(device.Id));
            var entity = EntityMapper.ToEntity(snapshot);
            if (Matches(query, snapshot, entity))
            {
                matches.Add(entity);
            }
        }

        var page = matches
            .OrderBy(e => (string?)e["id"], StringComparer.Ordinal)
            .Skip(query.Offset)
            .Take(query.Limit)
            .Select(e => query.Attrs is null ? e : EntityFormat.Project(e, query.Attrs))
            .ToList();
        return new EntityQueryResult(page, matches.Count);
    }

    /// <summary>The entity in normalized form, from the live twin; null when no device has this entity id.</summary>
    public async Task<JsonObject?> GetAsync(string entityId, CancellationToken cancellationToken = default) =>
        await GetSnapshotAsync(entityId, cancellationToken) is { } snapshot ? EntityMapper.ToEntity(snapshot) : null;

    /// <summary>What the entity is made of, from the live twin (with each reading's timestamp); null when no device has this entity id.</summary>
    public async Task<DeviceSnapshot?> GetSnapshotAsync(string entityId, CancellationToken cancellationToken = default)
    {
        if (EntityIds.Parse(entityId) is not var (type, deviceId) ||
            await registry.GetDeviceAsync(deviceId, cancellationToken) is not { } device ||
            EntityTypes.ForProfile(device.ProfileId) != type)
        {
            return null;
        }

        var profile = await registry.GetProfileAsync(device.ProfileId, cancellationToken);
        var twin = await twins.GetTwinAsync(deviceId);
        return DeviceSnapshot.FromTwin(device, profile, twin);
    }

    /// <summary>The entity types that at least one device currently appears as.</summary>
    public async Task<IReadOnlyList<string>> ListTypesAsync(CancellationToken cancellationToken = default)
    {
        var types = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var profile in await registry.ListProfilesAsync(cancellationToken))
        {
            var type = EntityTypes.ForProfile(profile.Id);
            if (!types.Contains(type) && await registry.CountDevicesOfProfileAsync(profile.Id, cancellationToken) > 0)
            {
                types.Add(type);
            }
        }

        return [.. types];
    }

    /// <summary>All entities of one type (short name), for GET /types/{type}; empty when no device appears as it.</summary>
    public async Task<IReadOnlyList<JsonObject>> EntitiesOfTypeAsync(string type, CancellationToken cancellationToken = default) =>
        (await QueryAsync(new EntityQuery(Types: new HashSet<string>(StringComparer.Ordinal) { type }, Limit: int.MaxValue), cancellationToken)).Entities;

    private static bool Matches(EntityQuery query, DeviceSnapshot snapshot, JsonObject entity)
    {
        var id = (string)entity["id"]!;
        if ((query.Ids is not null && !query.Ids.Contains(id)) || (query.IdPattern is not null && !IsMatch(query.IdPattern, id)))
        {
            return false;
        }

        if (query.Attrs is not null && !EntityFormat.HasAny(entity, query.Attrs))
        {
            return false;
        }

        if (query.Geo is { } geo &&
            (geo.GeoProperty != GeoQueryParser.DefaultGeoProperty || EntityMapper.LocationOf(snapshot) is not { } point || !GeoQueryEvaluator.Matches(geo, point)))
        {
            return false;
        }

        return query.Q is null || QEvaluator.Matches(query.Q, entity);
    }

    private static bool IsMatch(System.Text.RegularExpressions.Regex pattern, string id)
    {
        try
        {
            return pattern.IsMatch(id);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private async Task<List<Device>> DevicesByIdAsync(IReadOnlySet<string> ids, Dictionary<string, DeviceProfile> profiles, CancellationToken cancellationToken)
    {
        var devices = new List<Device>();
        foreach (var id in ids)
        {
            if (EntityIds.Parse(id) is var (_, deviceId) &&
                await registry.GetDeviceAsync(deviceId, cancellationToken) is { } device &&
                profiles.ContainsKey(device.ProfileId))
            {
                devices.Add(device);
            }
        }

        return devices;
    }

    private async Task<List<Device>> DevicesByProfileAsync(IEnumerable<DeviceProfile> profiles, GeoQuery? geo, CancellationToken cancellationToken)
    {
        var box = geo is null ? null : GeoQueryEvaluator.PrefilterBox(geo);
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var devices = new List<Device>();
        foreach (var profile in profiles)
        {
            var within = EntityMapper.ReportsPosition(profile) ? null : box;
            for (var offset = 0; ; offset += RegistryPageSize)
            {
                var page = await registry.QueryDevicesAsync(new DeviceQuery(ProfileId: profile.Id, Within: within, Offset: offset, Limit: RegistryPageSize), now, cancellationToken);
                devices.AddRange(page.Items);
                if (page.Items.Count < RegistryPageSize)
                {
                    break;
                }
            }
        }

        return devices;
    }

    /// <summary>Online device ids for the profiles shown as Device (deviceState); other types do not show connectivity.</summary>
    private async Task<HashSet<string>?> OnlineAsync(List<Device> devices, CancellationToken cancellationToken)
    {
        var profileIds = devices.Select(d => d.ProfileId).Where(p => EntityTypes.ForProfile(p) == EntityTypes.Device).ToHashSet(StringComparer.Ordinal);
        if (profileIds.Count == 0)
        {
            return null;
        }

        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var online = new HashSet<string>(StringComparer.Ordinal);
        foreach (var profileId in profileIds)
        {
            online.UnionWith(await registry.QueryDeviceIdsAsync(new DeviceQuery(ProfileId: profileId, Online: true), now, cancellationToken));
        }

        return online;
    }
}
