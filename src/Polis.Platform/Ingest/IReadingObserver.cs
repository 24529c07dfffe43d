using Polis.Contracts.Telemetry;

namespace Polis.Platform.Ingest;

/// <summary>
/// Told about readings once they are durable and the twin shows them (live views, NGSI-LD subscriptions).
/// Called on the ingest path before the device is acknowledged: return at once (queue any real work) and
/// never throw.
/// </summary>
public interface IReadingObserver
{
    void OnReadings(string deviceId, string profileId, IReadOnlyList<TelemetryPoint> points);
}
