namespace Polis.Metering.Tariffs;

/// <summary>A per-unit tax on all consumption, e.g. an electricity tax per kWh; percentage taxes apply on top.</summary>
public sealed record LevyCharge : TariffCharge
{
    public required decimal PerUnit { get; init; }
}
