namespace Polis.Metering.Registers;

/// <summary>
/// A run of grid intervals [<see cref="Start"/>, <see cref="End"/>) whose consumption the reads cannot split:
/// no reads, or reads further apart than the apportioning limit. <see cref="Consumption"/> is what the registers
/// prove happened across the whole run (null when they cannot: before the first read, after the last, across a
/// decrease or an exchange without a final or initial read); estimation spreads it over the run.
/// </summary>
public readonly record struct RegisterGap(DateTimeOffset Start, DateTimeOffset End, double? Consumption)
{
    public TimeSpan Length => End - Start;
}
