using System.Security.Claims;
using Polis.Dashboard.Overview;
using Polis.Platform.Devices;
using Polis.Platform.Devices.Api;
using Polis.Platform.Rules;

namespace Polis.Dashboard.Registry;

/// <summary>
/// Registry writes from the dashboard, through the same platform services the <c>/api/v1/devices</c>,
/// <c>/api/v1/device-profiles</c> and <c>/api/v1/rules</c> endpoints call, so validation, side effects (twins,
/// rule catalog, gateway sessions) and messages are the API's. Those endpoints need <c>polis.write</c> (admin or
/// operator); a circuit lives for hours, so every write re-reads the account's roles first.
/// </summary>
public sealed class RegistryActions(OperatorActions access, DeviceRegistry registry, DeviceProfileService profiles, RuleService rules)
{
    /// <summary>As <c>POST /api/v1/devices</c>: the request is checked like the API's body, then created.</summary>
    public async Task<RegistryOutcome<CreatedDevice>> CreateDeviceAsync(ClaimsPrincipal user, DeviceRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!await access.MayStillWriteAsync(user))
        {
            return RegistryOutcome<CreatedDevice>.NotAllowed;
        }

        var (draft, errors) = request.ToDraft(isCreate: true);
        return errors.Count > 0
            ? RegistryOutcome<CreatedDevice>.Invalid(errors)
            : RegistryOutcome<CreatedDevice>.From(await registry.CreateAsync(draft, cancellationToken));
    }

    /// <summary>As <c>POST /api/v1/devices/import</c>: all devices or none.</summary>
    public async Task<RegistryOutcome<IReadOnlyList<CreatedDevice>>> ImportCsvAsync(ClaimsPrincipal user, string csv, CancellationToken cancellationToken) =>
        await access.MayStillWriteAsync(user)
            ? RegistryOutcome<IReadOnlyList<CreatedDevice>>.From(await registry.ImportCsvAsync(csv, cancellationToken))
            : RegistryOutcome<IReadOnlyList<CreatedDevice>>.NotAllowed;

    /// <summary>As <c>POST /api/v1/devices/{id}/token</c>: the new token, shown once; the old one stops working.</summary>
    public async Task<RegistryOutcome<string>> RotateTokenAsync(ClaimsPrincipal user, string deviceId, CancellationToken cancellationToken)
    {
        if (!await access.MayStillWriteAsync(user))
        {
            return RegistryOutcome<string>.NotAllowed;
        }

        return await registry.RotateTokenAsync(deviceId.Trim(), cancellationToken) is { } token
            ? RegistryOutcome<string>.Done(token)
            : RegistryOutcome<string>.Refused(NoDevice(deviceId));
    }

    /// <summary>As <c>DELETE /api/v1/devices/{id}</c>: the device, its twin, telemetry and sessions.</summary>
    public async Task<RegistryOutcome<string>> DeleteDeviceAsync(ClaimsPrincipal user, string deviceId, CancellationToken cancellationToken)
    {
        if (!await access.MayStillWriteAsync(user))
        {
            return RegistryOutcome<string>.NotAllowed;
        }

        return await registry.DeleteAsync(deviceId.Trim(), cancellationToken)
            ? RegistryOutcome<string>.Done(deviceId.Trim())
            : RegistryOutcome<string>.Refused(NoDevice(deviceId));
    }

    /// <summary>As <c>POST</c> (no <paramref name="existingId"/>) or <c>PUT /api/v1/device-profiles/{id}</c>.</summary>
    public async Task<RegistryOutcome<DeviceProfile>> SaveProfileAsync(ClaimsPrincipal user, string? existingId, string json, CancellationToken cancellationToken)
    {
        if (!await access.MayStillWriteAsync(user))
        {
            return RegistryOutcome<DeviceProfile>.NotAllowed;
        }

        var (profile, errors) = ProfileJson.Parse(json);
        if (profile is null)
        {
            return RegistryOutcome<DeviceProfile>.Invalid(errors);
        }

        return RegistryOutcome<DeviceProfile>.From(existingId is null
            ? await profiles.CreateAsync(profile, cancellationToken)
            : await profiles.UpdateAsync(existingId, profile, cancellationToken));
    }

    /// <summary>As <c>DELETE /api/v1/device-profiles/{id}</c>: the platform refuses built-in and used profiles.</summary>
    public async Task<RegistryOutcome<DeviceProfile>> DeleteProfileAsync(ClaimsPrincipal user, string id, CancellationToken cancellationToken) =>
        await access.MayStillWriteAsync(user)
            ? RegistryOutcome<DeviceProfile>.From(await profiles.DeleteAsync(id, cancellationToken))
            : RegistryOutcome<DeviceProfile>.NotAllowed;

    /// <summary>As <c>POST</c> (no <paramref name="existingId"/>) or <c>PUT /api/v1/rules/{id}</c>; errors are keyed by JSON path.</summary>
    public async Task<RegistryOutcome<Rule>> SaveRuleAsync(ClaimsPrincipal user, string? existingId, string json, CancellationToken cancellationToken)
    {
        if (!await access.MayStillWriteAsync(user))
        {
            return RegistryOutcome<Rule>.NotAllowed;
        }

        return RegistryOutcome<Rule>.From(existingId is null
            ? await rules.CreateAsync(json, cancellationToken)
            : await rules.ReplaceAsync(existingId, json, cancellationToken));
    }

    /// <summary>As <c>DELETE /api/v1/rules/{id}</c>: twins of its targets drop it (an open alarm of it clears).</summary>
    public async Task<RegistryOutcome<string>> DeleteRuleAsync(ClaimsPrincipal user, string id, CancellationToken cancellationToken)
    {
        if (!await access.MayStillWriteAsync(user))
        {
            return RegistryOutcome<string>.NotAllowed;
        }

        return await rules.DeleteAsync(id, cancellationToken)
            ? RegistryOutcome<string>.Done(id)
            : RegistryOutcome<string>.Refused(RuleService.NotFoundDetail(id));
    }

    private static string NoDevice(string id) => $"Device '{id.Trim()}' does not exist.";
}
