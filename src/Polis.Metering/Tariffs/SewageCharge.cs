namespace Polis.Metering.Tariffs;

/// <summary>
/// Sewage on a water bill at its own rate: <see cref="VolumePercent"/> of the water volume (100 when all water is
/// taken to reach the sewer) at <see cref="UnitPrice"/> per m3.
/// </summary>
public sealed record SewageCharge : TariffCharge
{
    public decimal VolumePercent { get; init; } = 100m;

    public required decimal UnitPrice { get; init; }
}
