using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Platform.Devices;
using Polis.Platform.Identity;

namespace Polis.Platform.Commands;

/// <summary>
/// Server-side RPC in ThingsBoard's shape: <c>POST /api/v1/devices/{id}/rpc</c> (and /twoway, /oneway), the
/// persistent commands of a device, and one persistent command by id under /api/v1/rpc.
/// </summary>
public static class CommandEndpoints
{
    public static IEndpointRouteBuilder MapCommandEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var device = endpoints.MapGroup("/api/v1/devices/{id}/rpc").WithTags("Commands").RequireAuthorization(PolisPolicies.Read);
        device.MapPost("/", (string id, RpcRequest? request, DeviceCommandSender sender, CancellationToken ct) => SendAsync(id, request, null, sender, ct))
            .WithName("SendRpc").WithSummary("Sends a command to a device: two-way (waits for the answer), one-way or persistent.").RequireAuthorization(PolisPolicies.Write);
        device.MapPost("/twoway", (string id, RpcRequest? request, DeviceCommandSender sender, CancellationToken ct) => SendAsync(id, request, false, sender, ct))
            .WithName("SendTwoWayRpc").WithSummary("Sends a command and returns the device's answer.").RequireAuthorization(PolisPolicies.Write);
        device.MapPost("/oneway", (string id, RpcRequest? request, DeviceCommandSender sender, CancellationToken ct) => SendAsync(id, request, true, sender, ct))
            .WithName("SendOneWayRpc").WithSummary("Sends a command without waiting for an answer.").RequireAuthorization(PolisPolicies.Write);
        device.MapGet("/", ListAsync).WithName("ListPersistentRpc").WithSummary("A device's persistent commands with their status, newest first.");

        var byId = endpoints.MapGroup("/api/v1/rpc").WithTags("Commands").RequireAuthorization(PolisPolicies.Read);
        byId.MapGet("/{rpcId:guid}", GetAsync).WithName("GetPersistentRpc").WithSummary("One persistent command with its status history.");
        byId.MapDelete("/{rpcId:guid}", CancelAsync).WithName("CancelPersistentRpc").WithSummary("Cancels a persistent command that is still queued.").RequireAuthorization(PolisPolicies.Write);
        return endpoints;
    }

    public static async Task<Results<ContentHttpResult, Ok, Ok<CommandResponse>, ValidationProblem, ProblemHttpResult>> SendAsync(
        string id, RpcRequest? request, bool? oneWayRoute, DeviceCommandSender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        var sent = await sender.SendAsync(id, request, oneWayRoute, cancellationToken);
        if (sent.Status == OperationStatus.Invalid)
        {
            return TypedResults.ValidationProblem(sent.Errors!);
        }

        if (sent.Status == OperationStatus.NotFound)
        {
            return DeviceEndpoints.NotFound(id);
        }

        if (sent.Queued is { } queued)
        {
            return TypedResults.Ok(queued);
        }

        var result = sent.Live!;
        return result.Outcome switch
        {
            RpcOutcome.Answered => TypedResults.Text(result.ResponseJson!, "application/json", System.Text.Encoding.UTF8),
            RpcOutcome.Sent => TypedResults.Ok(),
            RpcOutcome.TimedOut => Problem(StatusCodes.Status504GatewayTimeout, "Device did not answer", $"Device '{id}' did not answer request {result.RequestId} within {sent.Command!.Timeout.TotalMilliseconds:0} ms."),
            RpcOutcome.NotConnected => Problem(StatusCodes.Status409Conflict, "Device not connected", $"Device '{id}' is not connected. Send with \"persistent\": true to queue the command until it connects."),
            RpcOutcome.NotSubscribed => Problem(StatusCodes.Status409Conflict, "Device not subscribed", $"Device '{id}' is connected but not subscribed to v1/devices/me/rpc/request/+."),
            _ => Problem(StatusCodes.Status503ServiceUnavailable, "Device session unavailable", $"The session of device '{id}' refused the request; retry later."),
        };
    }

    public static async Task<Results<Ok<Page<CommandResponse>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        string id, string? status, int? offset, int? limit, IDeviceRegistryStore registry, ICommandStore store, CancellationToken cancellationToken)
    {
        if (offset is < 0 || limit is < 1 or > 500)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["paging"] = ["offset must be >= 0 and limit between 1 and 500."] });
        }

        CommandStatus? parsed = null;
        if (status is not null)
        {
            if (!Enum.TryParse<CommandStatus>(status, ignoreCase: true, out var value) || !Enum.IsDefined(value) || int.TryParse(status, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["status is queued, sent, delivered, successful, failed, timeout, expired or cancelled."] });
            }

            parsed = value;
        }

        if (await registry.GetDeviceAsync(id, cancellationToken) is null)
        {
            return DeviceEndpoints.NotFound(id);
        }

        var page = await store.QueryAsync(id, parsed, offset ?? 0, limit ?? 100, cancellationToken);
        var items = new List<CommandResponse>(page.Items.Count);
        foreach (var command in page.Items)
        {
            items.Add(CommandResponse.From(command, await store.GetHistoryAsync(command.Id, cancellationToken)));
        }

        return TypedResults.Ok(new Page<CommandResponse>(items, page.Total, page.Offset, page.Limit));
    }

    public static async Task<Results<Ok<CommandResponse>, ProblemHttpResult>> GetAsync(Guid rpcId, ICommandStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(rpcId, cancellationToken) is { } command
            ? TypedResults.Ok(CommandResponse.From(command, await store.GetHistoryAsync(rpcId, cancellationToken)))
            : NotFound(rpcId);

    public static async Task<Results<Ok<CommandResponse>, ProblemHttpResult>> CancelAsync(Guid rpcId, PersistentCommandService commands, ICommandStore store, CancellationToken cancellationToken)
    {
        if (await commands.CancelAsync(rpcId, cancellationToken) is not { } command)
        {
            return NotFound(rpcId);
        }

        return command.Status == CommandStatus.Cancelled
            ? TypedResults.Ok(CommandResponse.From(command, await store.GetHistoryAsync(rpcId, cancellationToken)))
            : Problem(StatusCodes.Status409Conflict, "Command not queued", $"Command '{rpcId}' is {command.Status.ToString().ToLowerInvariant()}; only queued commands can be cancelled.");
    }

    private static ProblemHttpResult NotFound(Guid rpcId) =>
        Problem(StatusCodes.Status404NotFound, "Command not found", $"Persistent command '{rpcId}' does not exist.");

    private static ProblemHttpResult Problem(int status, string title, string detail) => TypedResults.Problem(detail, statusCode: status, title: title);
}
