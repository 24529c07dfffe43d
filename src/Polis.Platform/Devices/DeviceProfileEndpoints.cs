using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Platform.Identity;

namespace Polis.Platform.Devices;

/// <summary>REST API of device profiles under /api/v1/device-profiles.</summary>
public static class DeviceProfileEndpoints
{
    public static IEndpointRouteBuilder MapDeviceProfileEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/device-profiles").WithTags("Device profiles").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/", ListAsync).WithName("ListDeviceProfiles").WithSummary("All device profiles.");
        group.MapGet("/{id}", GetAsync).WithName("GetDeviceProfile").WithSummary("One device profile.");
        group.MapPost("/", CreateAsync).WithName("CreateDeviceProfile").WithSummary("Creates a device profile.").RequireAuthorization(PolisPolicies.Write);
        group.MapPut("/{id}", UpdateAsync).WithName("UpdateDeviceProfile").WithSummary("Replaces a device profile.").RequireAuthorization(PolisPolicies.Write);
        group.MapDelete("/{id}", DeleteAsync).WithName("DeleteDeviceProfile").WithSummary("Deletes an unused, non-built-in profile.").RequireAuthorization(PolisPolicies.Write);
        return endpoints;
    }

    public static async Task<Ok<IReadOnlyList<DeviceProfile>>> ListAsync(IDeviceRegistryStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListProfilesAsync(cancellationToken));

    public static async Task<Results<Ok<DeviceProfile>, ProblemHttpResult>> GetAsync(string id, IDeviceRegistryStore store, CancellationToken cancellationToken) =>
        await store.GetProfileAsync(id, cancellationToken) is { } profile ? TypedResults.Ok(profile) : NotFound(id);

    public static async Task<Results<Created<DeviceProfile>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        DeviceProfile profile, DeviceProfileService profiles, CancellationToken cancellationToken)
    {
        var result = await profiles.CreateAsync(profile, cancellationToken);
        return result.Status switch
        {
            OperationStatus.Ok => TypedResults.Created($"/api/v1/device-profiles/{result.Value!.Id}", result.Value),
            OperationStatus.Conflict => Conflict($"{result.Detail} Use PUT to change it."),
            _ => TypedResults.ValidationProblem(result.Errors!),
        };
    }

    public static async Task<Results<Ok<DeviceProfile>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string id, DeviceProfile profile, DeviceProfileService profiles, CancellationToken cancellationToken)
    {
        var result = await profiles.UpdateAsync(id, profile, cancellationToken);
        return result.Status switch
        {
            OperationStatus.Ok => TypedResults.Ok(result.Value!),
            OperationStatus.NotFound => NotFound(id),
            _ => TypedResults.ValidationProblem(result.Errors!),
        };
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, DeviceProfileService profiles, CancellationToken cancellationToken)
    {
        var result = await profiles.DeleteAsync(id, cancellationToken);
        return result.Status switch
        {
            OperationStatus.Ok => TypedResults.NoContent(),
            OperationStatus.NotFound => NotFound(id),
            _ => Conflict(result.Detail!),
        };
    }

    private static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(DeviceProfileService.NotFoundDetail(id), statusCode: StatusCodes.Status404NotFound, title: "Profile not found");
}
