using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Contracts.Devices;
using Polis.Platform.Commands;
using Polis.Platform.Devices.Api;
using Polis.Platform.Identity;
using Polis.Platform.Ingest;

namespace Polis.Platform.Devices;

/// <summary>
/// Twin attributes through the API: read every scope, set server and shared attributes, delete keys. Shared
/// attribute changes are pushed to the connected device on v1/devices/me/attributes, as ThingsBoard does.
/// </summary>
public static class DeviceAttributeEndpoints
{
    public static IEndpointRouteBuilder MapDeviceAttributeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/devices/{id}/attributes").WithTags("Devices").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/", GetAsync).WithName("GetDeviceAttributes").WithSummary("Client, server and shared attributes of a device.");
        group.MapPost("/server", SetServerAsync).WithName("SetServerAttributes").WithSummary("Sets server attributes from a JSON object.").RequireAuthorization(PolisPolicies.Write);
        group.MapPost("/shared", SetSharedAsync).WithName("SetSharedAttributes").WithSummary("Sets shared attributes (desired state) and pushes the changed ones to the device.").RequireAuthorization(PolisPolicies.Write);
        group.MapDelete("/{scope}", DeleteAsync).WithName("DeleteDeviceAttributes").WithSummary("Deletes attribute keys of one scope.").RequireAuthorization(PolisPolicies.Write);
        return endpoints;
    }

    public static async Task<Results<Ok<AttributesResponse>, ProblemHttpResult>> GetAsync(string id, IDeviceRegistryStore store, IGrainFactory grains, CancellationToken cancellationToken)
    {
        if (await store.GetDeviceAsync(id, cancellationToken) is null)
        {
            return DeviceEndpoints.NotFound(id);
        }

        var twin = TwinResponse.From(await grains.GetGrain<IDeviceGrain>(id).GetTwinAsync());
        return TypedResults.Ok(AttributesResponse.From(twin));
    }

    public static async Task<Results<Ok<AttributesResponse>, ValidationProblem, ProblemHttpResult>> SetServerAsync(
        string id, JsonElement body, IDeviceRegistryStore store, IGrainFactory grains, Microsoft.Extensions.Options.IOptions<GatewayOptions> options, CancellationToken cancellationToken)
    {
        var (attributes, error) = AttributesPayloadParser.Parse(JsonSerializer.SerializeToUtf8Bytes(body), options.Value.MaxKeysPerMessage);
        if (error is { } rejection)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [rejection.Detail] });
        }

        if (await store.GetDeviceAsync(id, cancellationToken) is null)
        {
            return DeviceEndpoints.NotFound(id);
        }

        var grain = grains.GetGrain<IDeviceGrain>(id);
        await grain.SetServerAttributesAsync(attributes!);
        var twin = TwinResponse.From(await grain.GetTwinAsync());
        return TypedResults.Ok(AttributesResponse.From(twin));
    }

    public static async Task<Results<Ok<AttributesResponse>, ValidationProblem, ProblemHttpResult>> SetSharedAsync(
        string id, JsonElement body, IDeviceRegistryStore store, IGrainFactory grains, ICommandRouter router, Microsoft.Extensions.Options.IOptions<GatewayOptions> options, CancellationToken cancellationToken)
    {
        var (attributes, error) = AttributesPayloadParser.Parse(JsonSerializer.SerializeToUtf8Bytes(body), options.Value.MaxKeysPerMessage);
        if (error is { } rejection)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [rejection.Detail] });
        }

        if (await store.GetDeviceAsync(id, cancellationToken) is null)
        {
            return DeviceEndpoints.NotFound(id);
        }

        var grain = grains.GetGrain<IDeviceGrain>(id);
        var changed = await grain.SetSharedAttributesAsync(attributes!);
        if (changed.Count > 0)
        {
            // Best effort, like ThingsBoard: an offline device reads its shared attributes with an attribute request.
            await router.SendAsync(id, RpcPayloads.AttributesTopic, RpcPayloads.AttributesObject(changed), cancellationToken);
        }

        var twin = TwinResponse.From(await grain.GetTwinAsync());
        return TypedResults.Ok(AttributesResponse.From(twin));
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteAsync(
        string id, string scope, string? keys, IDeviceRegistryStore store, IGrainFactory grains, ICommandRouter router, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<AttributeScope>(scope, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["scope"] = ["scope is 'client', 'server' or 'shared'."] });
        }

        var keyList = Telemetry.QueryParsing.SplitList(keys);
        if (keyList.Count == 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["keys"] = ["Name the keys to delete: ?keys=a,b."] });
        }

        if (await store.GetDeviceAsync(id, cancellationToken) is null)
        {
            return DeviceEndpoints.NotFound(id);
        }

        await grains.GetGrain<IDeviceGrain>(id).DeleteAttributesAsync(parsed, keyList);
        if (parsed == AttributeScope.Shared)
        {
            await router.SendAsync(id, RpcPayloads.AttributesTopic, RpcPayloads.Deleted(keyList), cancellationToken);
        }

        return TypedResults.NoContent();
    }
}
