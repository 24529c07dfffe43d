using Polis.Contracts.Telemetry;
using Polis.NgsiLd.Entities;
using Polis.Platform.Devices;

namespace Polis.NgsiLd.Tests.Entities;

/// <summary>Devices of the built-in profiles with readings, as the mapper receives them.</summary>
internal static class Snapshots
{
    public const long At = 1_795_000_000_000; // 2026-11-18T…Z

    public static DeviceSnapshot Of(string id, string profileId, GeoPoint? location, IReadOnlyDictionary<string, string>? attributes = null, bool? online = null, params (string Key, TelemetryValue Value)[] readings)
    {
        var device = new Device(id, profileId, "Device " + id, "harbour", location, attributes ?? new Dictionary<string, string>(), [], DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
        var profile = BuiltInProfiles.All.Single(p => p.Id == profileId);
        var latest = readings.Select((r, i) => new TelemetryPoint(r.Key, At + i, r.Value)).ToDictionary(p => p.Key, StringComparer.Ordinal);
        return new DeviceSnapshot(device, profile, latest, online);
    }

    public static (string, TelemetryValue) N(string key, double value) => (key, TelemetryValue.FromNumber(value));

    public static (string, TelemetryValue) B(string key, bool value) => (key, TelemetryValue.FromBoolean(value));
}
