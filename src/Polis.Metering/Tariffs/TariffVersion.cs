namespace Polis.Metering.Tariffs;

/// <summary>
/// The prices in force from <see cref="From"/> (inclusive) to <see cref="To"/> (exclusive), local dates in the
/// city's time zone; <see cref="To"/> null means until further notice.
/// </summary>
public sealed record TariffVersion
{
    public required DateOnly From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>Charges, billed in this order: consumption (flat, tiered, time of use), sewage, standing, levies.</summary>
    public required IReadOnlyList<TariffCharge> Charges { get; init; }

    /// <summary>Percentage taxes (VAT) on every line of this version, levies included.</summary>
    public IReadOnlyList<PercentTax> Taxes { get; init; } = [];

    /// <summary>Whether the version is in force on <paramref name="date"/>.</summary>
    public bool Covers(DateOnly date) => date >= From && (To is null || date < To.Value);
}
