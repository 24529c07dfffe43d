using Polis.Contracts.Devices;
using Polis.Contracts.Telemetry;
using Polis.Platform.Devices;

namespace Polis.NgsiLd.Entities;

/// <summary>What an entity is made of: the registry record, its profile, the latest value per key and, when known, connectivity.</summary>
public sealed record DeviceSnapshot(Device Device, DeviceProfile? Profile, IReadOnlyDictionary<string, TelemetryPoint> Latest, bool? Online)
{
    public static DeviceSnapshot FromTwin(Device device, DeviceProfile? profile, DeviceTwin twin)
    {
        ArgumentNullException.ThrowIfNull(twin);
        return new DeviceSnapshot(device, profile, twin.Latest, twin.Connectivity.Online);
    }
}
