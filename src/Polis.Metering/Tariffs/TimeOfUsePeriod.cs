namespace Polis.Metering.Tariffs;

/// <summary>A named price of a time-of-use charge, e.g. "peak" at 2.85 per kWh.</summary>
public sealed record TimeOfUsePeriod
{
    public required string Name { get; init; }

    public required decimal UnitPrice { get; init; }
}
