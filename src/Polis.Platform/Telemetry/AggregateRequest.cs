namespace Polis.Platform.Telemetry;

/// <summary>
/// Aggregate one key over [From, To) in buckets of <paramref name="IntervalMs"/> aligned to the Unix
/// epoch (UTC), across all of <paramref name="DeviceIds"/>, computed from <paramref name="Source"/>.
/// The interval is a whole multiple of the source tier's bucket length.
/// </summary>
public sealed record AggregateRequest(
    RollupTier Source,
    IReadOnlyCollection<string> DeviceIds,
    string Key,
    long From,
    long To,
    long IntervalMs);
