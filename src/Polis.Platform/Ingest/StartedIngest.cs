namespace Polis.Platform.Ingest;

/// <summary>
/// A telemetry message whose ingest has begun: <see cref="Completion"/> ends with the same result
/// <see cref="IDeviceIngest.IngestTelemetryAsync"/> would return. <see cref="Refused"/> is true when the
/// message was already known to be refused when the start returned (so a transport that pipelines messages
/// can stop starting the ones behind it early).
/// </summary>
public readonly record struct StartedIngest(Task<IngestResult> Completion, bool Refused);
