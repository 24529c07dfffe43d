using Polis.Contracts.Devices;
using Polis.Platform.Ingest;
using Polis.Platform.Telemetry;

namespace Polis.Platform.Devices;

/// <summary>
/// Registry operations with their side effects kept together: a deleted device loses its telemetry,
/// twin and sessions; a rotated token ends the sessions opened with the old one; a changed profile
/// changes the twin's rules.
/// </summary>
public sealed class DeviceRegistry(
    IDeviceRegistryStore store,
    ITelemetryStore telemetry,
    IGrainFactory grains,
    IDeviceSessions sessions,
    DeviceAuthenticator authenticator,
    DeviceProfileCache profiles,
    IEnumerable<IDeviceChangeObserver> observers,
    TimeProvider timeProvider)
{
    public IDeviceRegistryStore Store => store;

    public async Task<OperationResult<CreatedDevice>> CreateAsync(DeviceDraft draft, CancellationToken cancellationToken = default)
    {
        var result = await CreateManyAsync([draft], cancellationToken);
        return result.Status == OperationStatus.Ok
            ? OperationResult<CreatedDevice>.Ok(result.Value![0])
            : new OperationResult<CreatedDevice>(result.Status, null, result.Errors, result.Detail);
    }

    /// <summary>Creates all devices or none; errors are keyed "[row].field" when there is more than one.</summary>
    public async Task<OperationResult<IReadOnlyList<CreatedDevice>>> CreateManyAsync(IReadOnlyList<DeviceDraft> drafts, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var now = timeProvider.GetUtcNow();
        var rows = new List<(Device Device, string TokenHash)>(drafts.Count);
        var created = new List<CreatedDevice>(drafts.Count);
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var prefix = drafts.Count == 1 ? string.Empty : $"[{i}].";
            var rowErrors = DeviceValidator.Validate(draft, isCreate: true);
            if (rowErrors.Count == 0 && await profiles.GetAsync(draft.ProfileId!, cancellationToken) is null)
            {
                rowErrors["profileId"] = [$"Profile '{draft.ProfileId}' does not exist."];
            }

            foreach (var (field, messages) in rowErrors)
            {
                errors[prefix + field] = messages;
            }

            if (rowErrors.Count > 0)
            {
                continue;
            }

            var token = draft.AccessToken ?? AccessTokens.Generate();
            var device = new Device(
                draft.Id ?? $"{draft.ProfileId}-{Guid.NewGuid().ToString("N")[..10]}",
                draft.ProfileId!,
                draft.Name!.Trim(),
                draft.District,
                draft.Location,
                draft.Attributes ?? new Dictionary<string, string>(),
                draft.Labels?.Distinct(StringComparer.Ordinal).ToList() ?? [],
                now,
                now);
            rows.Add((device, AccessTokens.Hash(token)));
            created.Add(new CreatedDevice(device, token));
        }

        foreach (var duplicate in rows.GroupBy(r => r.Device.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors["id"] = [$"Device id '{duplicate.Key}' appears more than once."];
        }

        if (errors.Count > 0)
        {
            return OperationResult<IReadOnlyList<CreatedDevice>>.Invalid(errors);
        }

        return await store.CreateDevicesAsync(rows, cancellationToken)
            ? OperationResult<IReadOnlyList<CreatedDevice>>.Ok(created)
            : OperationResult<IReadOnlyList<CreatedDevice>>.Conflict("A device with one of these ids or access tokens already exists.");
    }

    /// <summary>
    /// Registers the devices of a CSV document (<see cref="DeviceCsvImport"/>), all or none; errors name
    /// spreadsheet rows ("row 5.name").
    /// </summary>
    public async Task<OperationResult<IReadOnlyList<CreatedDevice>>> ImportCsvAsync(string csv, CancellationToken cancellationToken = default)
    {
        var (drafts, errors) = DeviceCsvImport.Read(csv);
        if (errors.Count > 0)
        {
            return OperationResult<IReadOnlyList<CreatedDevice>>.Invalid(errors);
        }

        var result = await CreateManyAsync(drafts, cancellationToken);
        return result.Status == OperationStatus.Invalid
            ? OperationResult<IReadOnlyList<CreatedDevice>>.Invalid(DeviceCsvImport.RowNumbered(result.Errors!))
            : result;
    }

    public async Task<OperationResult<Device>> UpdateAsync(string id, DeviceDraft draft, CancellationToken cancellationToken = default)
    {
        var errors = DeviceValidator.Validate(draft with { Id = id }, isCreate: false);
        if (errors.Count == 0 && await profiles.GetAsync(draft.ProfileId!, cancellationToken) is null)
        {
            errors["profileId"] = [$"Profile '{draft.ProfileId}' does not exist."];
        }

        if (errors.Count > 0)
        {
            return OperationResult<Device>.Invalid(errors);
        }

        if (await store.GetDeviceAsync(id, cancellationToken) is not { } existing)
        {
            return OperationResult<Device>.NotFound($"Device '{id}' does not exist.");
        }

        var updated = existing with
        {
            ProfileId = draft.ProfileId!,
            Name = draft.Name!.Trim(),
            District = draft.District,
            Location = draft.Location,
            Attributes = draft.Attributes ?? new Dictionary<string, string>(),
            Labels = draft.Labels?.Distinct(StringComparer.Ordinal).ToList() ?? [],
            UpdatedAt = timeProvider.GetUtcNow(),
        };
        if (!await store.UpdateDeviceAsync(updated, cancellationToken))
        {
            return OperationResult<Device>.NotFound($"Device '{id}' does not exist.");
        }

        // The gateway caches the profile id with the token; a profile change must take effect at once.
        authenticator.Forget(id);
        Tell(id, deleted: false);
        if (existing.ProfileId != updated.ProfileId)
        {
            await grains.GetGrain<IDeviceGrain>(id).RefreshRulesAsync();
        }

        return OperationResult<Device>.Ok(updated);
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!await store.DeleteDeviceAsync(id, cancellationToken))
        {
            return false;
        }

        authenticator.Forget(id);
        await sessions.DisconnectAsync(id, cancellationToken);
        await telemetry.DeleteDeviceAsync(id, cancellationToken);
        await grains.GetGrain<IDeviceGrain>(id).ResetAsync();
        Tell(id, deleted: true);
        return true;
    }

    private void Tell(string id, bool deleted)
    {
        foreach (var observer in observers)
        {
            observer.OnDeviceChanged(id, deleted);
        }
    }

    /// <summary>Issues a new token; the old one stops working and its sessions are closed.</summary>
    public async Task<string?> RotateTokenAsync(string id, CancellationToken cancellationToken = default)
    {
        var token = AccessTokens.Generate();
        if (!await store.SetTokenHashAsync(id, AccessTokens.Hash(token), cancellationToken))
        {
            return null;
        }

        authenticator.Forget(id);
        await sessions.DisconnectAsync(id, cancellationToken);
        return token;
    }
}
