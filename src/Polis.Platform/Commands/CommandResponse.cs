using System.Text.Json.Nodes;
using Polis.Platform.Devices.Api;

namespace Polis.Platform.Commands;

/// <summary>A persistent command as the API shows it (times in Unix ms), with its status history.</summary>
public sealed record CommandResponse(
    Guid RpcId,
    string DeviceId,
    int RequestId,
    string Method,
    JsonNode? Params,
    bool Oneway,
    CommandStatus Status,
    long CreatedAt,
    long ExpirationTime,
    long Timeout,
    JsonNode? Response,
    string? Error,
    IReadOnlyList<CommandTransition> History)
{
    public static CommandResponse From(PersistentCommand command, IReadOnlyList<CommandTransition> history)
    {
        ArgumentNullException.ThrowIfNull(command);
        return new(command.Id, command.DeviceId, command.RequestId, command.Method, JsonValues.ParseOrText(command.ParamsJson), command.OneWay,
            command.Status, command.CreatedAt, command.ExpiresAt, command.TimeoutMs,
            command.ResponseJson is null ? null : JsonValues.ParseOrText(command.ResponseJson), command.Error, history);
    }
}
