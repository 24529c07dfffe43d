using Polis.Metering.Meters;

namespace Polis.Metering.Tariffs;

/// <summary>
/// A tariff: what a meter kind's consumption costs, as a list of versions that follow each other without gap or
/// overlap ([from, to) in local dates). JSON-serialisable with <see cref="TariffJson.Options"/>; check it with
/// <see cref="TariffValidator.Validate"/> before it is stored or billed.
/// </summary>
public sealed record Tariff
{
    /// <summary>Stable identifier, e.g. "electricity-tou".</summary>
    public required string Id { get; init; }

    /// <summary>Name printed on bills.</summary>
    public required string Name { get; init; }

    /// <summary>The meter kind this tariff bills; its unit (kWh or m3) is the unit of every per-unit price.</summary>
    public required MeterKind MeterKind { get; init; }

    /// <summary>ISO 4217 code; amounts are rounded to its minor unit (0.01).</summary>
    public required string Currency { get; init; }

    /// <summary>The versions, oldest first; the last may be open-ended.</summary>
    public required IReadOnlyList<TariffVersion> Versions { get; init; }
}
