using Polis.Contracts.Devices;
using Polis.NgsiLd.Http;
using Polis.Platform.Devices;
using Polis.Platform.Telemetry;

namespace Polis.NgsiLd.Tests.Http;

/// <summary>
/// Stands in for the device grains: the twin's latest values and online state come from the same
/// stores the grains load from, so the endpoint tests need no Orleans silo.
/// </summary>
internal sealed class StoreTwinReader(IDeviceRegistryStore registry, ITelemetryStore telemetry, TimeProvider time) : IDeviceTwinReader
{
    public async Task<DeviceTwin> GetTwinAsync(string deviceId)
    {
        var latest = await telemetry.GetLatestAsync(deviceId);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var online = (await registry.QueryDeviceIdsAsync(new DeviceQuery(Online: true), now)).Contains(deviceId);
        var connectivity = new DeviceConnectivity(online, online, await telemetry.GetLastActivityAsync(deviceId), null, null, 0);
        var empty = new Dictionary<string, AttributeValue>();
        return new DeviceTwin(deviceId, latest.ToDictionary(p => p.Key, StringComparer.Ordinal), empty, empty, connectivity, new Dictionary<string, long>(), empty);
    }
}
