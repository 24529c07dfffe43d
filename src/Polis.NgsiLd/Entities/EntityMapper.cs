using System.Text;
using System.Text.Json.Nodes;
using Polis.Contracts.Telemetry;
using Polis.Platform.Devices;

namespace Polis.NgsiLd.Entities;

/// <summary>
/// Turns a device into its NGSI-LD entity (normalized form) following the Smart Data Models attribute
/// names: AirQualityObserved, ParkingSpot, Vehicle, or Device for everything else. Readings keep their
/// observedAt and the profile unit as a UN/CEFACT unitCode; keys without an SDM name keep their own.
/// </summary>
public static class EntityMapper
{
    public static string TypeOf(DeviceSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return EntityTypes.ForProfile(snapshot.Device.ProfileId);
    }

    public static string IdOf(DeviceSnapshot snapshot) => EntityIds.For(TypeOf(snapshot), snapshot.Device.Id);

    /// <summary>Where the entity is: the last reported position of a moving device, else the registry location.</summary>
    public static GeoPoint? LocationOf(DeviceSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (ReportsPosition(snapshot.Profile) &&
            snapshot.Latest.TryGetValue("latitude", out var lat) && snapshot.Latest.TryGetValue("longitude", out var lon) &&
            lat.Value.IsNumeric && lon.Value.IsNumeric && new GeoPoint(lon.Value.Number, lat.Value.Number) is { IsValid: true } reported)
        {
            return reported;
        }

        return snapshot.Device.Location;
    }

    /// <summary>
    /// True for profiles whose devices move and report their position as latitude/longitude readings;
    /// their registry location is only a fallback, so the registry's bounding box cannot pre-filter them.
    /// </summary>
    public static bool ReportsPosition(DeviceProfile? profile) =>
        profile?.FindKey("latitude") is not null && profile.FindKey("longitude") is not null;

    public static JsonObject ToEntity(DeviceSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var type = TypeOf(snapshot);
        var device = snapshot.Device;
        var entity = new JsonObject { ["id"] = EntityIds.For(type, device.Id), ["type"] = type, ["name"] = NgsiLdValues.Property(device.Name) };
        if (device.District is not null)
        {
            entity["areaServed"] = NgsiLdValues.Property(device.District);
        }

        if (LocationOf(snapshot) is { } location)
        {
            var moving = location != device.Location && snapshot.Latest.TryGetValue("latitude", out var lat) ? lat.Timestamp : (long?)null;
            entity["location"] = NgsiLdValues.GeoProperty(location, moving);
        }

        var lastReported = snapshot.Latest.Count == 0 ? (long?)null : snapshot.Latest.Values.Max(p => p.Timestamp);
        switch (type)
        {
            case EntityTypes.AirQualityObserved when lastReported is { } at:
                entity["dateObserved"] = NgsiLdValues.DateTimeProperty(at);
                break;
            case EntityTypes.ParkingSpot:
                AddParking(entity, snapshot);
                break;
            case EntityTypes.Vehicle:
                entity["vehicleType"] = NgsiLdValues.Property(device.ProfileId == "bus" ? "bus" : device.Attributes.GetValueOrDefault("vehicleType", "car"));
                break;
            case EntityTypes.Device:
                AddDevice(entity, snapshot, lastReported);
                break;
        }

        AddReadings(entity, snapshot, type);
        return entity;
    }

    private static void AddReadings(JsonObject entity, DeviceSnapshot snapshot, string type)
    {
        foreach (var (key, point) in snapshot.Latest.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (ReadingAttributes.IsFolded(type, key))
            {
                continue;
            }

            var name = ReadingAttributes.NameOf(type, key);
            if (entity.ContainsKey(name))
            {
                continue;
            }

            var unit = snapshot.Profile?.FindKey(key)?.Unit;
            if (name == "relativeHumidity" && point.Value.IsNumeric)
            {
                // SDM relativeHumidity is a fraction 0..1; profiles report percent.
                entity[name] = NgsiLdValues.Property(point.Value.Number / 100, point.Timestamp);
                continue;
            }

            entity[name] = NgsiLdValues.Property(NgsiLdValues.From(point.Value), point.Timestamp, UnitCodes.For(unit));
        }
    }

    private static void AddParking(JsonObject entity, DeviceSnapshot snapshot)
    {
        if (snapshot.Latest.TryGetValue("occupied", out var occupied))
        {
            var isOccupied = occupied.Value.Kind is TelemetryValueKind.Boolean or TelemetryValueKind.Number
                ? occupied.Value.Number != 0
                : string.Equals(occupied.Value.Text, "true", StringComparison.OrdinalIgnoreCase);
            entity["status"] = NgsiLdValues.Property(isOccupied ? "occupied" : "free", occupied.Timestamp);
        }
        else
        {
            entity["status"] = NgsiLdValues.Property("unknown");
        }

        if (snapshot.Device.Attributes.TryGetValue("category", out var category))
        {
            entity["category"] = NgsiLdValues.Property(new JsonArray(category.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(c => (JsonNode)c).ToArray()));
        }
    }

    private static void AddDevice(JsonObject entity, DeviceSnapshot snapshot, long? lastReported)
    {
        var keys = snapshot.Profile is { Telemetry.Count: > 0 } profile
            ? profile.Telemetry.Select(k => k.Key)
            : snapshot.Latest.Keys.Order(StringComparer.Ordinal);
        entity["category"] = NgsiLdValues.Property(new JsonArray(DeviceCategory(snapshot.Device.ProfileId)));
        entity["controlledProperty"] = NgsiLdValues.Property(new JsonArray(keys.Select(k => (JsonNode)k).ToArray()));
        if (snapshot.Online is { } online)
        {
            entity["deviceState"] = NgsiLdValues.Property(online ? "online" : "offline");
        }

        if (lastReported is { } at)
        {
            entity["dateLastValueReported"] = NgsiLdValues.DateTimeProperty(at);

            // SDM Device.value carries the readings as "key=value;key=value".
            var value = new StringBuilder();
            foreach (var (key, point) in snapshot.Latest.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                value.Append(value.Length == 0 ? string.Empty : ";").Append(key).Append('=').Append(point.Value.ToString());
            }

            entity["value"] = NgsiLdValues.Property(value.ToString(), at);
        }
    }

    private static string DeviceCategory(string profileId) => profileId switch
    {
        _ when profileId.EndsWith("-meter", StringComparison.Ordinal) => "meter",
        "building-controller" => "HVAC",
        "wifi-hotspot" => "network",
        "screen" => "multimedia",
        _ => "sensor",
    };
}
