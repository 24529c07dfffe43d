using System.Collections.Concurrent;
using System.Text;
using Polis.Platform.Ingest;

namespace Polis.Gateway.Tests;

/// <summary>An ingest whose answer each test scripts, recording everything the gateway hands it.</summary>
internal sealed class RecordingIngest : IDeviceIngest
{
    public Func<AuthenticatedDevice, string, Task<IngestResult>> Behavior { get; set; } = (_, _) => Task.FromResult(IngestResult.Ok(1));

    public ConcurrentQueue<(string DeviceId, string Kind, string Payload)> Messages { get; } = new();

    public ConcurrentQueue<(string DeviceId, RejectionReason Reason)> Rejections { get; } = new();

    public ConcurrentQueue<(string DeviceId, string SessionId)> Connected { get; } = new();

    public ConcurrentQueue<(string DeviceId, string SessionId)> Disconnected { get; } = new();

    public Task<IngestResult> IngestTelemetryAsync(AuthenticatedDevice device, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default) =>
        RecordAsync(device, "telemetry", payload);

    public Task<IngestResult> IngestAttributesAsync(AuthenticatedDevice device, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default) =>
        RecordAsync(device, "attributes", payload);

    public Task RecordRejectionAsync(AuthenticatedDevice device, RejectionReason reason, CancellationToken cancellationToken = default)
    {
        Rejections.Enqueue((device.DeviceId, reason));
        return Task.CompletedTask;
    }

    public Task OnConnectedAsync(AuthenticatedDevice device, string sessionId, CancellationToken cancellationToken = default)
    {
        Connected.Enqueue((device.DeviceId, sessionId));
        return Task.CompletedTask;
    }

    public Task OnDisconnectedAsync(AuthenticatedDevice device, string sessionId, CancellationToken cancellationToken = default)
    {
        Disconnected.Enqueue((device.DeviceId, sessionId));
        return Task.CompletedTask;
    }

    private Task<IngestResult> RecordAsync(AuthenticatedDevice device, string kind, ReadOnlyMemory<byte> payload)
    {
        var text = Encoding.UTF8.GetString(payload.Span);
        Messages.Enqueue((device.DeviceId, kind, text));
        return Behavior(device, text);
    }
}
