namespace Polis.Metering.Tariffs;

/// <summary>
/// Inclining (or declining) blocks: the first <see cref="TierBlock.Size"/> units of a month at the first price, the
/// next block at the next, and so on; the last block has no size. Block sizes are per calendar month and are
/// prorated by the share of the month's days a bill (or a tariff version within it) covers.
/// </summary>
public sealed record TieredCharge : TariffCharge
{
    public required IReadOnlyList<TierBlock> Blocks { get; init; }
}
