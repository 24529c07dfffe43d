using Polis.Platform.Ingest;

namespace Polis.Platform.Commands;

/// <summary>
/// What the gateway reports about command traffic of an authenticated device (the gateway knows which device a
/// connection is, so a device can only ever answer or acknowledge its own requests).
/// </summary>
public interface IDeviceCommandHandler
{
    /// <summary>The device answered request <paramref name="requestId"/>; false when no such request is waiting.</summary>
    Task<bool> OnRpcResponseAsync(AuthenticatedDevice device, string requestId, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default);

    /// <summary>The device's PUBACK for request <paramref name="requestId"/> (QoS 1 deliveries only).</summary>
    Task OnRpcRequestAcknowledgedAsync(AuthenticatedDevice device, string requestId, CancellationToken cancellationToken = default);

    /// <summary>The device subscribed to its RPC requests: commands queued for it can go now.</summary>
    Task OnReadyForCommandsAsync(AuthenticatedDevice device, CancellationToken cancellationToken = default);

    /// <summary>Answers a ThingsBoard attribute request: the response payload, or an error for a malformed request.</summary>
    Task<(byte[]? Response, string? Error)> AnswerAttributesRequestAsync(AuthenticatedDevice device, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default);
}
