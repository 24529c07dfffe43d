using System.Globalization;
using Polis.Contracts.Devices;
using Polis.Platform.Ingest;

namespace Polis.Platform.Commands;

/// <summary>
/// The platform's side of the gateway's command traffic: answers go to the waiting live call first, then to a
/// persistent command; attribute requests are answered from the twin.
/// </summary>
public sealed class DeviceCommandHandler(PendingRpcs pending, PersistentCommandService persistent, IGrainFactory grains) : IDeviceCommandHandler
{
    public async Task<bool> OnRpcResponseAsync(AuthenticatedDevice device, string requestId, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (!TryParseId(requestId, out var id))
        {
            return false;
        }

        var json = RpcPayloads.Response(payload);
        return pending.TryComplete(device.DeviceId, id, json)
            || await persistent.AnsweredAsync(device.DeviceId, id, json, cancellationToken).ConfigureAwait(false);
    }

    public Task OnRpcRequestAcknowledgedAsync(AuthenticatedDevice device, string requestId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(device);
        return TryParseId(requestId, out var id) && !pending.IsPending(device.DeviceId, id)
            ? persistent.AcknowledgedAsync(device.DeviceId, id, cancellationToken)
            : Task.CompletedTask; // a live two-way call: its answer is what counts
    }

    public Task OnReadyForCommandsAsync(AuthenticatedDevice device, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(device);
        return persistent.DeliverQueuedAsync(device.DeviceId, cancellationToken);
    }

    public async Task<(byte[]? Response, string? Error)> AnswerAttributesRequestAsync(AuthenticatedDevice device, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(device);
        var (request, error) = AttributeRequest.Parse(payload);
        if (request is null)
        {
            return (null, error);
        }

        var twin = await grains.GetGrain<IDeviceGrain>(device.DeviceId).GetTwinAsync().ConfigureAwait(false);
        return (request.Answer(twin), null);
    }

    private static bool TryParseId(string requestId, out int id) =>
        int.TryParse(requestId, NumberStyles.None, CultureInfo.InvariantCulture, out id);
}
