using Polis.Platform.Devices;

namespace Polis.Metering.Meters;

/// <summary>
/// Meters, checked against the device registry: the device a meter reports as must be registered with its kind's
/// profile, and report as one meter only. Every change is told to the <see cref="IMeterChangeObserver"/>s (ingest
/// files the device's readings under the meter and back-fills its history).
/// </summary>
public sealed class MeterRegistry(IMeterStore store, IDeviceRegistryStore devices, IEnumerable<IMeterChangeObserver> observers, TimeProvider timeProvider)
{
    private readonly IMeterChangeObserver[] _observers = [.. observers];

    public IMeterStore Store => store;

    public async Task<OperationResult<Meter>> CreateAsync(Meter meter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(meter);
        if (await CheckDeviceAsync(meter, cancellationToken) is { } refused)
        {
            return refused;
        }

        var now = timeProvider.GetUtcNow();
        var stamped = meter with { CreatedAt = now, UpdatedAt = now };
        if (!await store.CreateAsync(stamped, cancellationToken))
        {
            return OperationResult<Meter>.Conflict($"Meter '{meter.Id}' already exists, or another meter reports as device '{meter.DeviceId}'.");
        }

        Tell(null, stamped);
        return OperationResult<Meter>.Ok(stamped);
    }

    public async Task<OperationResult<Meter>> UpdateAsync(Meter meter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(meter);
        if (await store.GetAsync(meter.Id, cancellationToken) is not { } existing)
        {
            return OperationResult<Meter>.NotFound($"Meter '{meter.Id}' does not exist.");
        }

        if (existing.Kind != meter.Kind)
        {
            return OperationResult<Meter>.Invalid(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["kind"] = [$"A meter's kind cannot change (meter '{meter.Id}' is {Name(existing.Kind)}); register a new meter and exchange it."],
            });
        }

        if (meter.DeviceId != existing.DeviceId && await CheckDeviceAsync(meter, cancellationToken) is { } refused)
        {
            return refused;
        }

        var updated = meter with { CreatedAt = existing.CreatedAt, UpdatedAt = timeProvider.GetUtcNow() };
        if (!await store.UpdateAsync(updated, cancellationToken))
        {
            return OperationResult<Meter>.Conflict($"Another meter reports as device '{meter.DeviceId}'.");
        }

        Tell(existing, updated);
        return OperationResult<Meter>.Ok(updated);
    }

    public async Task<RegistryDeletion> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        var existing = await store.GetAsync(id, cancellationToken);
        var deletion = await store.DeleteAsync(id, cancellationToken);
        if (deletion == RegistryDeletion.Deleted)
        {
            Tell(existing, null);
        }

        return deletion;
    }

    internal static string Name(MeterKind kind) => kind.ToString().ToLowerInvariant();

    private async Task<OperationResult<Meter>?> CheckDeviceAsync(Meter meter, CancellationToken cancellationToken)
    {
        if (meter.DeviceId is not { } deviceId)
        {
            return null;
        }

        var profile = MeterKinds.ProfileOf(meter.Kind);
        var device = await devices.GetDeviceAsync(deviceId, cancellationToken);
        string? error = device is null
            ? $"Device '{deviceId}' is not registered; register it under /api/v1/devices with profile '{profile}' first."
            : device.ProfileId != profile
                ? $"Device '{deviceId}' has profile '{device.ProfileId}'; a {Name(meter.Kind)} meter reports through a '{profile}' device."
                : null;
        if (error is not null)
        {
            return OperationResult<Meter>.Invalid(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["deviceId"] = [error] });
        }

        return await store.FindByDeviceAsync(deviceId, cancellationToken) is { } other && other.Id != meter.Id
            ? OperationResult<Meter>.Conflict($"Device '{deviceId}' already reports as meter '{other.Id}'; a device reports as one meter at a time.")
            : null;
    }

    private void Tell(Meter? before, Meter? after)
    {
        foreach (var observer in _observers)
        {
            observer.OnMeterChanged(before, after);
        }
    }
}
