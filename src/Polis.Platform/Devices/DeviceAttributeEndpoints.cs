using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Contracts.Devices;
using Polis.Platform.Devices.Api;
using Polis.Platform.Identity;

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

    public static async Task<Results<Ok<AttributesResponse>, ProblemHttpResult>> GetAsync(string id, DeviceAttributeService attributes, CancellationToken cancellationToken) =>
        await attributes.GetAsync(id, cancellationToken) is { } found ? TypedResults.Ok(found) : DeviceEndpoints.NotFound(id);

    public static async Task<Results<Ok<AttributesResponse>, ValidationProblem, ProblemHttpResult>> SetServerAsync(
        string id, JsonElement body, DeviceAttributeService attributes, CancellationToken cancellationToken) =>
        ToResult(id, await attributes.SetServerAsync(id, JsonSerializer.SerializeToUtf8Bytes(body), cancellationToken));

    public static async Task<Results<Ok<AttributesResponse>, ValidationProblem, ProblemHttpResult>> SetSharedAsync(
        string id, JsonElement body, DeviceAttributeService attributes, CancellationToken cancellationToken) =>
        ToResult(id, await attributes.SetSharedAsync(id, JsonSerializer.SerializeToUtf8Bytes(body), cancellationToken));

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteAsync(
        string id, string scope, string? keys, DeviceAttributeService attributes, CancellationToken cancellationToken)
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

        return await attributes.DeleteAsync(id, parsed, keyList, cancellationToken) == OperationStatus.NotFound
            ? DeviceEndpoints.NotFound(id)
            : TypedResults.NoContent();
    }

    private static Results<Ok<AttributesResponse>, ValidationProblem, ProblemHttpResult> ToResult(string id, OperationResult<AttributesResponse> result) => result.Status switch
    {
        OperationStatus.Ok => TypedResults.Ok(result.Value!),
        OperationStatus.NotFound => DeviceEndpoints.NotFound(id),
        _ => TypedResults.ValidationProblem(result.Errors!),
    };
}
