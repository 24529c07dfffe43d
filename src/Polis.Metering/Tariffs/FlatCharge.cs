namespace Polis.Metering.Tariffs;

/// <summary>One price for every unit consumed.</summary>
public sealed record FlatCharge : TariffCharge
{
    public required decimal UnitPrice { get; init; }
}
