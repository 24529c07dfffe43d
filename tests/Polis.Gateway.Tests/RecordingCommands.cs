using System.Collections.Concurrent;
using System.Text;
using Polis.Platform.Commands;
using Polis.Platform.Ingest;

namespace Polis.Gateway.Tests;

/// <summary>The platform's command handler as the gateway sees it: records every call, answers as scripted.</summary>
internal sealed class RecordingCommands : IDeviceCommandHandler
{
    /// <summary>(device, request id) pairs the platform is waiting for; an answer to anything else is unmatched.</summary>
    public ConcurrentDictionary<(string DeviceId, string RequestId), byte> Waiting { get; } = new();

    public ConcurrentQueue<(string DeviceId, string RequestId, string Payload)> Responses { get; } = new();

    public ConcurrentQueue<(string DeviceId, string RequestId)> Acknowledged { get; } = new();

    public ConcurrentQueue<string> Ready { get; } = new();

    public ConcurrentQueue<(string DeviceId, string Payload)> AttributeRequests { get; } = new();

    public Task<bool> OnRpcResponseAsync(AuthenticatedDevice device, string requestId, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default)
    {
        Responses.Enqueue((device.DeviceId, requestId, Encoding.UTF8.GetString(payload.Span)));
        return Task.FromResult(Waiting.TryRemove((device.DeviceId, requestId), out _));
    }

    public Task OnRpcRequestAcknowledgedAsync(AuthenticatedDevice device, string requestId, CancellationToken cancellationToken = default)
    {
        Acknowledged.Enqueue((device.DeviceId, requestId));
        return Task.CompletedTask;
    }

    public Task OnReadyForCommandsAsync(AuthenticatedDevice device, CancellationToken cancellationToken = default)
    {
        Ready.Enqueue(device.DeviceId);
        return Task.CompletedTask;
    }

    public Task<(byte[]? Response, string? Error)> AnswerAttributesRequestAsync(AuthenticatedDevice device, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default)
    {
        var text = Encoding.UTF8.GetString(payload.Span);
        AttributeRequests.Enqueue((device.DeviceId, text));
        return Task.FromResult<(byte[]?, string?)>(text.StartsWith('{')
            ? (Encoding.UTF8.GetBytes($$$"""{"shared":{"owner":"{{{device.DeviceId}}}"}}"""), null)
            : (null, "not an object"));
    }
}
