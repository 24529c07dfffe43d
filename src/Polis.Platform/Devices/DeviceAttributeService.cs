using Microsoft.Extensions.Options;
using Polis.Contracts.Devices;
using Polis.Platform.Commands;
using Polis.Platform.Devices.Api;
using Polis.Platform.Ingest;

namespace Polis.Platform.Devices;

/// <summary>
/// Twin attributes as operators see them: read every scope, set server and shared attributes, delete keys.
/// Shared attribute changes are pushed to the connected device on v1/devices/me/attributes, as ThingsBoard does.
/// The API and the dashboard both go through here, so the validation and the push happen the same way.
/// </summary>
public sealed class DeviceAttributeService(IDeviceRegistryStore store, IGrainFactory grains, ICommandRouter router, IOptions<GatewayOptions> options)
{
    /// <summary>Client, server and shared attributes; null when the device does not exist.</summary>
    public async Task<AttributesResponse?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        if (await store.GetDeviceAsync(id, cancellationToken) is null)
        {
            return null;
        }

        return AttributesResponse.From(TwinResponse.From(await grains.GetGrain<IDeviceGrain>(id).GetTwinAsync()));
    }

    /// <summary>Sets server attributes from a UTF-8 JSON object (the same rules as a device's attribute report).</summary>
    public Task<OperationResult<AttributesResponse>> SetServerAsync(string id, ReadOnlyMemory<byte> jsonObject, CancellationToken cancellationToken = default) =>
        SetAsync(id, AttributeScope.Server, jsonObject, cancellationToken);

    /// <summary>Sets shared attributes (desired state) and pushes those whose value changed to the connected device.</summary>
    public Task<OperationResult<AttributesResponse>> SetSharedAsync(string id, ReadOnlyMemory<byte> jsonObject, CancellationToken cancellationToken = default) =>
        SetAsync(id, AttributeScope.Shared, jsonObject, cancellationToken);

    /// <summary>Deletes keys of one scope; deleted shared keys are announced to the device as <c>{"deleted":[…]}</c>.</summary>
    public async Task<OperationStatus> DeleteAsync(string id, AttributeScope scope, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0 || !Enum.IsDefined(scope))
        {
            return OperationStatus.Invalid;
        }

        if (await store.GetDeviceAsync(id, cancellationToken) is null)
        {
            return OperationStatus.NotFound;
        }

        await grains.GetGrain<IDeviceGrain>(id).DeleteAttributesAsync(scope, keys);
        if (scope == AttributeScope.Shared)
        {
            await router.SendAsync(id, RpcPayloads.AttributesTopic, RpcPayloads.Deleted(keys), cancellationToken);
        }

        return OperationStatus.Ok;
    }

    private async Task<OperationResult<AttributesResponse>> SetAsync(string id, AttributeScope scope, ReadOnlyMemory<byte> jsonObject, CancellationToken cancellationToken)
    {
        var (attributes, error) = AttributesPayloadParser.Parse(jsonObject, options.Value.MaxKeysPerMessage);
        if (error is { } rejection)
        {
            return OperationResult<AttributesResponse>.Invalid(new Dictionary<string, string[]> { ["body"] = [rejection.Detail] });
        }

        if (await store.GetDeviceAsync(id, cancellationToken) is null)
        {
            return OperationResult<AttributesResponse>.NotFound($"Device '{id}' does not exist.");
        }

        var grain = grains.GetGrain<IDeviceGrain>(id);
        if (scope == AttributeScope.Server)
        {
            await grain.SetServerAttributesAsync(attributes!);
        }
        else
        {
            var changed = await grain.SetSharedAttributesAsync(attributes!);
            if (changed.Count > 0)
            {
                // Best effort, like ThingsBoard: an offline device reads its shared attributes with an attribute request.
                await router.SendAsync(id, RpcPayloads.AttributesTopic, RpcPayloads.AttributesObject(changed), cancellationToken);
            }
        }

        return OperationResult<AttributesResponse>.Ok(AttributesResponse.From(TwinResponse.From(await grain.GetTwinAsync())));
    }
}
