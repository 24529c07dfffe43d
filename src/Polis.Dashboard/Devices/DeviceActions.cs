using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Polis.Contracts.Devices;
using Polis.Dashboard.Overview;
using Polis.Platform.Commands;
using Polis.Platform.Devices;

namespace Polis.Dashboard.Devices;

/// <summary>
/// Writes from the device page: attributes and commands. Like <see cref="OperatorActions"/>, every action re-reads the
/// account's roles first (a circuit lives for hours), then goes through the service the API endpoint uses, so the
/// validation, the profile's command list and the push to the device are the same as over the API.
/// </summary>
public sealed class DeviceActions(OperatorActions operators, DeviceAttributeService attributes, DeviceCommandSender commands)
{
    public const string NotAllowed = "Not done: your role does not allow it.";

    /// <summary>Sets one server or shared attribute; null when done, otherwise why not. A value that is not JSON is stored as text.</summary>
    public async Task<string?> SetAttributeAsync(ClaimsPrincipal user, string deviceId, AttributeScope scope, string? key, string? valueText, CancellationToken cancellationToken)
    {
        if (scope == AttributeScope.Client)
        {
            return "Client attributes are reported by the device.";
        }

        if (string.IsNullOrWhiteSpace(key))
        {
            return "Name the attribute.";
        }

        if (!await operators.MayStillWriteAsync(user))
        {
            return NotAllowed;
        }

        var body = new JsonObject { [key.Trim()] = ParseOrText(valueText ?? "") };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body);
        var result = scope == AttributeScope.Server
            ? await attributes.SetServerAsync(deviceId, bytes, cancellationToken)
            : await attributes.SetSharedAsync(deviceId, bytes, cancellationToken);
        return result.Status switch
        {
            OperationStatus.Ok => null,
            OperationStatus.NotFound => result.Detail,
            _ => string.Join(" ", result.Errors?.Values.SelectMany(m => m) ?? []),
        };
    }

    public async Task<string?> DeleteAttributeAsync(ClaimsPrincipal user, string deviceId, AttributeScope scope, string key, CancellationToken cancellationToken)
    {
        if (scope == AttributeScope.Client)
        {
            return "Client attributes are reported by the device.";
        }

        if (!await operators.MayStillWriteAsync(user))
        {
            return NotAllowed;
        }

        return await attributes.DeleteAsync(deviceId, scope, [key], cancellationToken) == OperationStatus.Ok ? null : $"Device '{deviceId}' does not exist.";
    }

    public async Task<DeviceCommandOutcome> SendCommandAsync(ClaimsPrincipal user, string deviceId, DeviceCommandForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        JsonElement parameters;
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(form.ParamsJson) ? "{}" : form.ParamsJson);
            parameters = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            return DeviceCommandOutcome.Invalid([$"Params must be JSON, e.g. {{\"open\": true}}: {ex.Message}"]);
        }

        if (!await operators.MayStillWriteAsync(user))
        {
            return new DeviceCommandOutcome(false, NotAllowed);
        }

        var request = new RpcRequest(form.Method?.Trim(), parameters, form.TimeoutMs, form.Mode == CommandMode.OneWay, form.Mode == CommandMode.Persistent, null, null);
        var sent = await commands.SendAsync(deviceId, request, null, cancellationToken);
        return sent.Status switch
        {
            OperationStatus.Invalid => DeviceCommandOutcome.Invalid(sent.Errors!.Values.SelectMany(m => m)),
            OperationStatus.NotFound => new DeviceCommandOutcome(false, $"Device '{deviceId}' does not exist."),
            _ when sent.Queued is { } queued => new DeviceCommandOutcome(true, $"Stored as persistent command {queued.RpcId}: {queued.Status.ToString().ToLowerInvariant()}.", Queued: queued),
            _ => Live(sent.Live!, sent.Command!),
        };
    }

    private static DeviceCommandOutcome Live(RpcResult result, RpcCommand command) => result.Outcome switch
    {
        RpcOutcome.Answered => new DeviceCommandOutcome(true, $"The device answered request {result.RequestId}.", result.ResponseJson),
        RpcOutcome.Sent => new DeviceCommandOutcome(true, $"Handed to the device's session as request {result.RequestId} (one-way: sent, not necessarily executed)."),
        RpcOutcome.TimedOut => new DeviceCommandOutcome(false, $"The device did not answer request {result.RequestId} within {command.Timeout.TotalMilliseconds:0} ms."),
        RpcOutcome.NotConnected => new DeviceCommandOutcome(false, "The device is not connected. Send it as persistent to deliver it when it connects."),
        RpcOutcome.NotSubscribed => new DeviceCommandOutcome(false, "The device is connected but not subscribed to v1/devices/me/rpc/request/+."),
        _ => new DeviceCommandOutcome(false, "The device's session refused the request (its queue is full); retry later."),
    };

    private static JsonNode? ParseOrText(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}
