using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Contracts.Devices;
using Polis.Platform.Devices.Api;
using Polis.Platform.Identity;

namespace Polis.Platform.Devices;

/// <summary>REST API of the device registry under /api/v1/devices.</summary>
public static class DeviceEndpoints
{
    public const int MaxPageSize = 1_000;

    public static IEndpointRouteBuilder MapDeviceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/devices").WithTags("Devices").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/", ListAsync).WithName("ListDevices").WithSummary("Lists devices with filters and paging.");
        group.MapPost("/", CreateAsync).WithName("CreateDevice").WithSummary("Registers a device; the access token is returned once.").RequireAuthorization(PolisPolicies.Write);
        group.MapPost("/import", ImportAsync).WithName("ImportDevices").WithSummary("Registers devices from CSV, all or none.").RequireAuthorization(PolisPolicies.Write).Accepts<string>("text/csv");
        group.MapGet("/{id}", GetAsync).WithName("GetDevice").WithSummary("A device with its live twin.");
        group.MapPut("/{id}", UpdateAsync).WithName("UpdateDevice").WithSummary("Replaces a device's registry fields.").RequireAuthorization(PolisPolicies.Write);
        group.MapDelete("/{id}", DeleteAsync).WithName("DeleteDevice").WithSummary("Deletes a device, its twin and its telemetry.").RequireAuthorization(PolisPolicies.Write);
        group.MapPost("/{id}/token", RotateTokenAsync).WithName("RotateDeviceToken").WithSummary("Issues a new access token; the old one stops working.").RequireAuthorization(PolisPolicies.Write);
        return endpoints;
    }

    public static async Task<Results<Ok<Page<DeviceResponse>>, ValidationProblem>> ListAsync(
        DeviceRegistry registry, TimeProvider time, string? profile, string? district, string? label, bool? online, string? bbox, string? q, int? offset, int? limit, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        BoundingBox? box = null;
        if (bbox is not null)
        {
            box = BoundingBox.Parse(bbox);
            if (box is null)
            {
                errors["bbox"] = ["bbox is west,south,east,north in decimal degrees, west <= east and south <= north."];
            }
        }

        if (offset is < 0 || limit is < 1 or > MaxPageSize)
        {
            errors["paging"] = [$"offset must be >= 0 and limit between 1 and {MaxPageSize}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = new DeviceQuery(profile, district, label, online, box, q, offset ?? 0, limit ?? 100);
        var page = await registry.Store.QueryDevicesAsync(query, time.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken);
        return TypedResults.Ok(new Page<DeviceResponse>(page.Items.Select(d => DeviceResponse.From(d)).ToList(), page.Total, page.Offset, page.Limit));
    }

    public static async Task<Results<Created<CreatedDeviceResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        DeviceRequest request, DeviceRegistry registry, CancellationToken cancellationToken)
    {
        var (draft, errors) = request.ToDraft(isCreate: true);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = await registry.CreateAsync(draft, cancellationToken);
        return result.Status switch
        {
            OperationStatus.Ok => TypedResults.Created($"/api/v1/devices/{result.Value!.Device.Id}", new CreatedDeviceResponse(DeviceResponse.From(result.Value.Device), result.Value.AccessToken)),
            OperationStatus.Conflict => Conflict(result.Detail!),
            _ => TypedResults.ValidationProblem(result.Errors!),
        };
    }

    public static async Task<Results<Created<IReadOnlyList<CreatedDeviceResponse>>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        HttpRequest request, DeviceRegistry registry, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var result = await registry.ImportCsvAsync(await reader.ReadToEndAsync(cancellationToken), cancellationToken);
        return result.Status switch
        {
            OperationStatus.Ok => TypedResults.Created("/api/v1/devices", (IReadOnlyList<CreatedDeviceResponse>)result.Value!.Select(c => new CreatedDeviceResponse(DeviceResponse.From(c.Device), c.AccessToken)).ToList()),
            OperationStatus.Conflict => Conflict(result.Detail!),
            _ => TypedResults.ValidationProblem(result.Errors!),
        };
    }

    public static async Task<Results<Ok<DeviceResponse>, ProblemHttpResult>> GetAsync(string id, DeviceRegistry registry, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var device = await registry.Store.GetDeviceAsync(id, cancellationToken);
        if (device is null)
        {
            return NotFound(id);
        }

        var twin = await grains.GetGrain<IDeviceGrain>(id).GetTwinAsync();
        return TypedResults.Ok(DeviceResponse.From(device, TwinResponse.From(twin)));
    }

    public static async Task<Results<Ok<DeviceResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(string id, DeviceRequest request, DeviceRegistry registry, CancellationToken cancellationToken)
    {
        if (request.Id is not null && request.Id != id)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = ["The id in the body must match the URL or be omitted."] });
        }

        var (draft, errors) = request.ToDraft(isCreate: false);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = await registry.UpdateAsync(id, draft, cancellationToken);
        return result.Status switch
        {
            OperationStatus.Ok => TypedResults.Ok(DeviceResponse.From(result.Value!)),
            OperationStatus.NotFound => NotFound(id),
            _ => TypedResults.ValidationProblem(result.Errors!),
        };
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, DeviceRegistry registry, CancellationToken cancellationToken) =>
        await registry.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : NotFound(id);

    public static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> RotateTokenAsync(string id, DeviceRegistry registry, CancellationToken cancellationToken) =>
        await registry.RotateTokenAsync(id, cancellationToken) is { } token
            ? TypedResults.Ok(new TokenResponse(id, token))
            : NotFound(id);

    internal static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem($"Device '{id}' does not exist.", statusCode: StatusCodes.Status404NotFound, title: "Device not found");

    private static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");
}
