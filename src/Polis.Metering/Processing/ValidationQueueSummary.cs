namespace Polis.Metering.Processing;

/// <summary>The validation queue at a glance: meters waiting, the oldest dirty instant among them, the first few.</summary>
public sealed record ValidationQueueSummary(int Size, DateTimeOffset? OldestDirtyFrom, IReadOnlyList<DirtyMeter> Waiting);
