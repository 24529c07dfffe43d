namespace Polis.Metering.Ingest;

/// <summary>The tally of readings from meter devices that no meter reports as.</summary>
public interface IUnassignedDeviceStore
{
    /// <summary>Adds each entry's readings to its device's tally (extending its instants, keeping the latest value).</summary>
    Task RecordAsync(IReadOnlyList<UnassignedDevice> batch, CancellationToken cancellationToken = default);

    /// <summary>Every tallied device, the most recently heard first.</summary>
    Task<IReadOnlyList<UnassignedDevice>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Forgets a device's tally (a meter now reports as it).</summary>
    Task RemoveAsync(string deviceId, CancellationToken cancellationToken = default);
}
