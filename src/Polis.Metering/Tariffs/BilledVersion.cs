namespace Polis.Metering.Tariffs;

/// <summary>
/// A tariff version that issued bills used, and the local date (exclusive) up to which it has billed: its prices must
/// not change retroactively, and it may not end before that date.
/// </summary>
public sealed record BilledVersion(DateOnly VersionFrom, DateOnly BilledUntil);
