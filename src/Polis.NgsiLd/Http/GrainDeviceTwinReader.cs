using Polis.Contracts.Devices;

namespace Polis.NgsiLd.Http;

/// <summary>The twin from the device's grain, as the rest of the platform reads it.</summary>
public sealed class GrainDeviceTwinReader(IGrainFactory grains) : IDeviceTwinReader
{
    public Task<DeviceTwin> GetTwinAsync(string deviceId) => grains.GetGrain<IDeviceGrain>(deviceId).GetTwinAsync();
}
