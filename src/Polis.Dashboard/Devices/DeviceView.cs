using Polis.Contracts.Devices;
using Polis.Platform.Alarms;
using Polis.Platform.Devices;
using Polis.Platform.Devices.Api;

namespace Polis.Dashboard.Devices;

/// <summary>Everything the device page shows at one read: registry entry, profile, twin, attributes and open alarms.</summary>
public sealed record DeviceView(
    Device Device,
    DeviceProfile? Profile,
    DeviceTwin Twin,
    AttributesResponse Attributes,
    IReadOnlyList<Alarm> OpenAlarms,
    DateTimeOffset ReadAt);
