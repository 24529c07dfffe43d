namespace Polis.Metering.Tariffs;

/// <summary>A VAT-like tax: <see cref="Percent"/> of the sum of a tariff version's lines (levies included).</summary>
public sealed record PercentTax
{
    public required string Description { get; init; }

    public required decimal Percent { get; init; }
}
