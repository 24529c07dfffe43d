using Polis.Contracts.Telemetry;

namespace Polis.Platform.Rules;

/// <summary>
/// One leaf condition as seen by an evaluation, for alarm details: whether it holds, the key's latest value
/// and its device timestamp, and since when it has held (device time; for inactivity the server time
/// of the last reading).
/// </summary>
public sealed record ConditionMatch(
    string Path,
    string Type,
    string? Key,
    bool Holds,
    TelemetryValue? Value,
    long? ValueAt,
    long? Since);
