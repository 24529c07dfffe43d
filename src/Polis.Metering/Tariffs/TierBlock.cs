namespace Polis.Metering.Tariffs;

/// <summary>A block of a <see cref="TieredCharge"/>: <see cref="Size"/> units per month (null: all the rest).</summary>
public sealed record TierBlock
{
    public decimal? Size { get; init; }

    public required decimal UnitPrice { get; init; }
}
