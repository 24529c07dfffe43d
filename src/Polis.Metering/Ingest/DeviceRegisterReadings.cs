using Polis.Contracts.Telemetry;
using Polis.Metering.Meters;

namespace Polis.Metering.Ingest;

/// <summary>One ingest call's register readings of a meter device (numeric points of its kind's register or interval key only), queued for storage.</summary>
public sealed record DeviceRegisterReadings(string DeviceId, string ProfileId, MeterKind Kind, DateTimeOffset ReceivedAt, IReadOnlyList<TelemetryPoint> Points);
