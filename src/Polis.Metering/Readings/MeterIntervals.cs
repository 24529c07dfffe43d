namespace Polis.Metering.Readings;

/// <summary>One meter's stored values of a range, as <see cref="IIntervalStore.StreamAsync"/> yields them.</summary>
public sealed record MeterIntervals(string MeterId, IReadOnlyList<StoredInterval> Values);
