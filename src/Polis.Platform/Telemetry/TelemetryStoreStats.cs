namespace Polis.Platform.Telemetry;

/// <summary>
/// Live figures of the store's write path for /metrics: how much is waiting for the next group commit
/// and how old the oldest waiting write is (the store lag).
/// </summary>
public readonly record struct TelemetryStoreStats(int PendingWrites, int PendingPoints, double OldestPendingMs, long CommittedBatches, long CommittedPoints);
