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
        DeviceProfile profile, IDeviceRegistryStore store, DeviceProfileCache cache, CancellationToken cancellationToken)
    {
        profile = profile with { BuiltIn = false, Telemetry = profile.Telemetry ?? [] };
        var errors = ProfileValidator.Validate(profile);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await store.GetProfileAsync(profile.Id, cancellationToken) is not null)
        {
            return TypedResults.Problem($"Profile '{profile.Id}' already exists; use PUT to change it.", statusCode: StatusCodes.Status409Conflict, title: "Conflict");
        }

        await store.UpsertProfileAsync(profile, cancellationToken);
        cache.Invalidate();
        return TypedResults.Created($"/api/v1/device-profiles/{profile.Id}", profile);
    }

    public static async Task<Results<Ok<DeviceProfile>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string id, DeviceProfile profile, IDeviceRegistryStore store, DeviceProfileCache cache, CancellationToken cancellationToken)
    {
        if (await store.GetProfileAsync(id, cancellationToken) is not { } existing)
        {
            return NotFound(id);
        }

        // Built-in profiles may be tuned (ranges, intervals) but stay built-in so they cannot be deleted.
        profile = profile with { Id = id, BuiltIn = existing.BuiltIn, Telemetry = profile.Telemetry ?? [] };
        var errors = ProfileValidator.Validate(profile);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await store.UpsertProfileAsync(profile, cancellationToken);
        cache.Invalidate();
        return TypedResults.Ok(profile);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, IDeviceRegistryStore store, DeviceProfileCache cache, CancellationToken cancellationToken)
    {
        if (await store.GetProfileAsync(id, cancellationToken) is not { } existing)
        {
            return NotFound(id);
        }

        if (existing.BuiltIn)
        {
            return TypedResults.Problem($"Profile '{id}' is built in and cannot be deleted.", statusCode: StatusCodes.Status409Conflict, title: "Conflict");
        }

        if (!await store.DeleteProfileAsync(id, cancellationToken))
        {
            var users = await store.CountDevicesOfProfileAsync(id, cancellationToken);
            return TypedResults.Problem($"Profile '{id}' is used by {users} device(s).", statusCode: StatusCodes.Status409Conflict, title: "Conflict");
        }

        cache.Invalidate();
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem($"Profile '{id}' does not exist.", statusCode: StatusCodes.Status404NotFound, title: "Profile not found");
}
