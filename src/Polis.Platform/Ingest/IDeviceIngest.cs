namespace Polis.Platform.Ingest;

/// <summary>
/// The single entry of device data into the platform, shared by the MQTT and HTTP transports:
/// parse, validate against the profile, rate-limit, store durably, update the twin.
/// </summary>
public interface IDeviceIngest
{
    /// <summary>Telemetry in any ThingsBoard shape: {k:v}, {ts, values}, or an array of those.</summary>
    Task<IngestResult> IngestTelemetryAsync(AuthenticatedDevice device, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default);

    /// <summary>
    /// Begins <see cref="IngestTelemetryAsync"/> and returns once the message is ordered: refused, or handed to
    /// the store. Messages started one after the other (each start awaited) reach the store in that order, while
    /// their durable writes can share a group commit. The default runs the whole ingest and only knows a refusal
    /// that completed synchronously.
    /// </summary>
    ValueTask<StartedIngest> StartTelemetryAsync(AuthenticatedDevice device, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default)
    {
        var completion = IngestTelemetryAsync(device, payload, cancellationToken);
        return ValueTask.FromResult(new StartedIngest(completion, completion.IsCompletedSuccessfully && !completion.Result.Accepted));
    }

    /// <summary>Client attributes: a flat JSON object of key to value.</summary>
    Task<IngestResult> IngestAttributesAsync(AuthenticatedDevice device, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default);

    /// <summary>Counts a message refused by the transport itself (topic, size) against the device.</summary>
    Task RecordRejectionAsync(AuthenticatedDevice device, RejectionReason reason, CancellationToken cancellationToken = default);

    Task OnConnectedAsync(AuthenticatedDevice device, string sessionId, CancellationToken cancellationToken = default);

    Task OnDisconnectedAsync(AuthenticatedDevice device, string sessionId, CancellationToken cancellationToken = default);
}
