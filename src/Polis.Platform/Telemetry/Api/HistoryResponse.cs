namespace Polis.Platform.Telemetry.Api;

/// <summary>
/// History of some keys of one device. <see cref="Source"/> tells which stored tier answered
/// (raw, minute, hour, day); <see cref="Interval"/> and <see cref="Agg"/> are null for raw points.
/// </summary>
public sealed record HistoryResponse(
    string DeviceId,
    long From,
    long To,
    long? Interval,
    string? Agg,
    string Source,
    IReadOnlyDictionary<string, IReadOnlyList<SeriesPoint>> Series);
