namespace Polis.Metering.Readings;

/// <summary>
/// What one VEE run, estimate or edit saves for one meter: the new current <see cref="Values"/> and the
/// <see cref="Audit"/> entries that explain them. <see cref="Actor"/> and <see cref="At"/> sign the entries the store
/// adds itself for values that change without an entry of their own, so nothing is ever overwritten unrecorded.
/// </summary>
public sealed record IntervalWrite(string MeterId, IReadOnlyList<StoredInterval> Values, IReadOnlyList<IntervalAuditRecord> Audit, string Actor, DateTimeOffset At);
