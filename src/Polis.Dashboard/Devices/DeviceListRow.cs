using Polis.Platform.Devices;

namespace Polis.Dashboard.Devices;

/// <summary>One row of the device list: the registry entry and its twin's connectivity (last seen = last activity, Unix ms).</summary>
public sealed record DeviceListRow(Device Device, bool Online, long? LastSeen);
