using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polis.Contracts.Devices;
using Polis.Contracts.Telemetry;
using Polis.Platform.Devices;
using Polis.Platform.Telemetry;

namespace Polis.Platform.Ingest;

/// <summary>
/// Device data enters here from MQTT and HTTP alike. Order matters: cheap refusals first (size, rate),
/// then parsing and profile checks, then the durable write, and only then the twin — so the twin never
/// shows a reading that a crash could take back, and an acknowledged reading is always on disk.
/// </summary>
public sealed partial class DeviceIngestService(
    ITelemetryStore store,
    IGrainFactory grains,
    DeviceProfileCache profiles,
    DeviceRateLimiter rateLimiter,
    IngestMetrics metrics,
    IEnumerable<IReadingObserver> observers,
    ServerTimestamps stamps,
    IOptions<GatewayOptions> options,
    TimeProvider timeProvider,
    ILogger<DeviceIngestService> logger) : IDeviceIngest, IDeviceChangeObserver
{
    private readonly GatewayOptions _options = options.Value;
    private readonly IReadingObserver[] _observers = [.. observers];
    private readonly TwinUpdateBatcher _twins = new(grains, (deviceId, ex) => LogTwinFailed(logger, deviceId, ex));

    public void OnDeviceChanged(string deviceId, bool deleted)
    {
        if (deleted)
        {
            _twins.Forget(deviceId);
        }
    }

    public async Task<IngestResult> IngestTelemetryAsync(AuthenticatedDevice device, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default)
    {
        var started = await StartTelemetryAsync(device, payload, cancellationToken);
        return await started.Completion;
    }

    public async ValueTask<StartedIngest> StartTelemetryAsync(AuthenticatedDevice device, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        if (Precheck(device, payload) is { } refused)
        {
            return Refuse(device, refused);
        }

        var parsed = TelemetryPayloadParser.Parse(payload, stamps.Next(device.DeviceId, now), _options.MaxKeysPerMessage);
        if (!parsed.Succeeded)
        {
            return Refuse(device, IngestResult.Reject(parsed.Error!.Value, parsed.Detail!));
        }

        // The only step that may complete asynchronously before the store (a profile reload): callers that
        // await the start keep their messages in order across it.
        var profile = await profiles.GetAsync(device.ProfileId, cancellationToken);
        if (profile is null)
        {
            return Refuse(device, IngestResult.Reject(RejectionReason.Unavailable, $"Profile '{device.ProfileId}' is not available."));
        }

        if (TelemetryValidator.Validate(parsed.Points!, profile, now, _options.MaxClockSkew) is { } invalid)
        {
            return Refuse(device, IngestResult.Reject(invalid));
        }

        Task<AppendResult> append;
        try
        {
            append = store.AppendAsync(device.DeviceId, parsed.Points!, now, cancellationToken); // enqueued on return
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            append = Task.FromException<AppendResult>(ex);
        }

        return new StartedIngest(CompleteTelemetryAsync(device, parsed.Points!, now, append), Refused: false);
    }

    private async Task<IngestResult> CompleteTelemetryAsync(AuthenticatedDevice device, IReadOnlyList<TelemetryPoint> points, long now, Task<AppendResult> append)
    {
        try
        {
            await append;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogStoreFailed(logger, device.DeviceId, ex);
            return await RefuseAsync(device, IngestResult.Reject(RejectionReason.Unavailable, "The telemetry store could not take the readings; retry later."));
        }

        // The readings are durable; a twin that misses this update catches up from the store when it activates.
        await _twins.UpdateAsync(device.DeviceId, points, now);
        foreach (var observer in _observers)
        {
            observer.OnReadings(device.DeviceId, device.ProfileId, points);
        }

        metrics.Accepted("telemetry", points.Count);
        return IngestResult.Ok(points.Count);
    }

    public async Task<IngestResult> IngestAttributesAsync(AuthenticatedDevice device, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default)
    {
        if (Precheck(device, payload) is { } refused)
        {
            return await RefuseAsync(device, refused);
        }

        var (attributes, error) = AttributesPayloadParser.Parse(payload, _options.MaxKeysPerMessage);
        if (error is { } rejection)
        {
            return await RefuseAsync(device, IngestResult.Reject(rejection));
        }

        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        try
        {
            // Attributes are durable in the twin's state, written before the grain call returns.
            await grains.GetGrain<IDeviceGrain>(device.DeviceId).OnClientAttributesAsync(attributes!, now);
            await store.TouchAsync(device.DeviceId, now, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogTwinFailed(logger, device.DeviceId, ex);
            return await RefuseAsync(device, IngestResult.Reject(RejectionReason.Unavailable, "The device twin could not store the attributes; retry later."));
        }

        metrics.Accepted("attributes", 0);
        return IngestResult.Ok(attributes!.Count);
    }

    public async Task RecordRejectionAsync(AuthenticatedDevice device, RejectionReason reason, CancellationToken cancellationToken = default)
    {
        metrics.Rejected(reason);
        await NotifyTwinAsync(device.DeviceId, grain => grain.OnRejectedAsync(IngestMetrics.ReasonTag(reason), timeProvider.GetUtcNow().ToUnixTimeMilliseconds()));
    }

    public async Task OnConnectedAsync(AuthenticatedDevice device, string sessionId, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        await NotifyTwinAsync(device.DeviceId, grain => grain.OnConnectedAsync(sessionId, now));
        await store.TouchAsync(device.DeviceId, now, cancellationToken);
    }

    public Task OnDisconnectedAsync(AuthenticatedDevice device, string sessionId, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        return NotifyTwinAsync(device.DeviceId, grain => grain.OnDisconnectedAsync(sessionId, now));
    }

    private IngestResult? Precheck(AuthenticatedDevice device, ReadOnlyMemory<byte> payload)
    {
        if (payload.Length > _options.MaxPayloadBytes)
        {
            return IngestResult.Reject(RejectionReason.PayloadTooLarge, $"Payload of {payload.Length} bytes exceeds the limit of {_options.MaxPayloadBytes} bytes.");
        }

        return rateLimiter.TryAcquire(device.DeviceId, out var retryAfter) ? null : IngestResult.Throttled(retryAfter);
    }

    private StartedIngest Refuse(AuthenticatedDevice device, IngestResult result) => new(RefuseAsync(device, result), Refused: true);

    private async Task<IngestResult> RefuseAsync(AuthenticatedDevice device, IngestResult result)
    {
        await RecordRejectionAsync(device, result.Reason!.Value);
        return result;
    }

    private async Task NotifyTwinAsync(string deviceId, Func<IDeviceGrain, Task> call)
    {
        try
        {
            await call(grains.GetGrain<IDeviceGrain>(deviceId));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogTwinFailed(logger, deviceId, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Telemetry store refused readings of device {DeviceId}")]
    private static partial void LogStoreFailed(ILogger logger, string deviceId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Twin of device {DeviceId} could not be updated")]
    private static partial void LogTwinFailed(ILogger logger, string deviceId, Exception exception);
}
