namespace Polis.Platform.Devices;

/// <summary>
/// Profile writes with their checks and side effects kept together (validation, the built-in flag, the
/// in-use check, the cache reload), so the REST API and the dashboard change profiles the same way.
/// </summary>
public sealed class DeviceProfileService(IDeviceRegistryStore store, DeviceProfileCache cache)
{
    public async Task<OperationResult<DeviceProfile>> CreateAsync(DeviceProfile profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        profile = profile with { BuiltIn = false, Telemetry = profile.Telemetry ?? [] };
        var errors = ProfileValidator.Validate(profile);
        if (errors.Count > 0)
        {
            return OperationResult<DeviceProfile>.Invalid(errors);
        }

        if (await store.GetProfileAsync(profile.Id, cancellationToken) is not null)
        {
            return OperationResult<DeviceProfile>.Conflict($"Profile '{profile.Id}' already exists.");
        }

        await store.UpsertProfileAsync(profile, cancellationToken);
        cache.Invalidate();
        return OperationResult<DeviceProfile>.Ok(profile);
    }

    public async Task<OperationResult<DeviceProfile>> UpdateAsync(string id, DeviceProfile profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (await store.GetProfileAsync(id, cancellationToken) is not { } existing)
        {
            return OperationResult<DeviceProfile>.NotFound(NotFoundDetail(id));
        }

        // Built-in profiles may be tuned (ranges, intervals) but stay built-in so they cannot be deleted.
        profile = profile with { Id = id, BuiltIn = existing.BuiltIn, Telemetry = profile.Telemetry ?? [] };
        var errors = ProfileValidator.Validate(profile);
        if (errors.Count > 0)
        {
            return OperationResult<DeviceProfile>.Invalid(errors);
        }

        await store.UpsertProfileAsync(profile, cancellationToken);
        cache.Invalidate();
        return OperationResult<DeviceProfile>.Ok(profile);
    }

    /// <summary>Deletes an unused, non-built-in profile; the value is the deleted profile.</summary>
    public async Task<OperationResult<DeviceProfile>> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        if (await store.GetProfileAsync(id, cancellationToken) is not { } existing)
        {
            return OperationResult<DeviceProfile>.NotFound(NotFoundDetail(id));
        }

        if (existing.BuiltIn)
        {
            return OperationResult<DeviceProfile>.Conflict($"Profile '{id}' is built in and cannot be deleted.");
        }

        if (!await store.DeleteProfileAsync(id, cancellationToken))
        {
            var users = await store.CountDevicesOfProfileAsync(id, cancellationToken);
            return OperationResult<DeviceProfile>.Conflict($"Profile '{id}' is used by {users} device(s).");
        }

        cache.Invalidate();
        return OperationResult<DeviceProfile>.Ok(existing);
    }

    public static string NotFoundDetail(string id) => $"Profile '{id}' does not exist.";
}
