using Polis.Contracts.Devices;

namespace Polis.NgsiLd.Http;

/// <summary>Reads a device's live twin; a seam so the API can be exercised without an Orleans cluster.</summary>
public interface IDeviceTwinReader
{
    Task<DeviceTwin> GetTwinAsync(string deviceId);
}
