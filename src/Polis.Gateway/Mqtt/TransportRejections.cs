using Microsoft.Extensions.Logging;
using Polis.Platform.Ingest;

namespace Polis.Gateway.Mqtt;

/// <summary>Counts a refusal made by the transport itself (topic, size) in the metrics and against the device.</summary>
internal sealed class TransportRejections(IDeviceIngest ingest, GatewayMetrics metrics, ILogger<TransportRejections> logger)
{
    public async Task RecordAsync(string transport, AuthenticatedDevice? device, RejectionReason reason, CancellationToken cancellationToken = default)
    {
        metrics.Rejected(transport, reason);
        if (device is null)
        {
            return; // nothing to charge before CONNECT
        }

        try
        {
            await ingest.RecordRejectionAsync(device, reason, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            GatewayLog.RecordRejectionFailed(logger, ex, device.DeviceId);
        }
        catch (OperationCanceledException)
        {
            // The connection went away meanwhile; the metric above still counts it.
        }
    }

    /// <summary>For callers that cannot await (the packet-size guard throws right after).</summary>
    public void Record(string transport, AuthenticatedDevice? device, RejectionReason reason) =>
        _ = RecordAsync(transport, device, reason, CancellationToken.None);
}
