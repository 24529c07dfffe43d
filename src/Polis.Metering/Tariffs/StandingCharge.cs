namespace Polis.Metering.Tariffs;

/// <summary>A fixed charge per local day of the bill period, whatever the consumption.</summary>
public sealed record StandingCharge : TariffCharge
{
    public required decimal PerDay { get; init; }
}
