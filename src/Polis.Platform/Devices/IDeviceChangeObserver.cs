namespace Polis.Platform.Devices;

/// <summary>
/// Told when a device's registry entry changes or is deleted, so that node-local caches and per-device
/// buffers (live-view metadata, rate-limit buckets, server timestamps) neither go stale nor outlive the device.
/// </summary>
public interface IDeviceChangeObserver
{
    void OnDeviceChanged(string deviceId, bool deleted);
}
