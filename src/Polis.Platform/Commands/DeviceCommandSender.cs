using Polis.Platform.Devices;

namespace Polis.Platform.Commands;

/// <summary>
/// Sends one command to one device the way <c>POST /api/v1/devices/{id}/rpc</c> does: validates the request against
/// the options, refuses methods the device's profile does not declare, then queues it (persistent) or calls the
/// device live. The endpoint and the dashboard both send through here.
/// </summary>
public sealed class DeviceCommandSender(CommandApi api)
{
    /// <param name="id">The device.</param>
    /// <param name="request">The request as posted.</param>
    /// <param name="oneWayRoute">True for /oneway, false for /twoway, null when the request decides.</param>
    /// <param name="cancellationToken">Ends a two-way wait early.</param>
    public async Task<CommandSendResult> SendAsync(string id, RpcRequest? request, bool? oneWayRoute, CancellationToken cancellationToken = default)
    {
        var (command, errors) = RpcRequestValidator.Validate(request, oneWayRoute, api.Options.Value, api.Time.GetUtcNow().ToUnixTimeMilliseconds(), api.Gateway.Value.MaxPayloadBytes);
        if (command is null)
        {
            return new CommandSendResult(OperationStatus.Invalid, Errors: errors);
        }

        if (await api.Registry.GetDeviceAsync(id, cancellationToken) is not { } device)
        {
            return new CommandSendResult(OperationStatus.NotFound, command);
        }

        if (await api.Profiles.GetAsync(device.ProfileId, cancellationToken) is { } profile && ProfileCommands.Refusal(profile, command.Method) is { } refusal)
        {
            return new CommandSendResult(OperationStatus.Invalid, command, Errors: new Dictionary<string, string[]> { ["method"] = [refusal] });
        }

        if (command.Persistent)
        {
            var queued = await api.Persistent.EnqueueAsync(id, command, cancellationToken);
            return new CommandSendResult(OperationStatus.Ok, command, CommandResponse.From(queued, await api.Store.GetHistoryAsync(queued.Id, cancellationToken)));
        }

        return new CommandSendResult(OperationStatus.Ok, command, Live: await api.Rpc.CallAsync(id, command, cancellationToken));
    }
}
