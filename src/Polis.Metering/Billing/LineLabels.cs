using Polis.Metering.Tariffs;

namespace Polis.Metering.Billing;

/// <summary>
/// The key and description of every line a tariff version can write, made once per plan rather than once per bill:
/// per charge, one per sub-line (tier block or time-of-use period); per tax, one.
/// </summary>
internal sealed class LineLabels
{
    public LineLabels(TariffVersion version)
    {
        Charges = [.. version.Charges.Select(Of)];
        Taxes = [.. version.Taxes.Select(t => Label(BillLineCategory.Tax, t.Description, $"{t.Description} {t.Percent:0.##} %"))];
    }

    /// <summary>Per charge of the version, in order: its lines' labels.</summary>
    public LineLabel[][] Charges { get; }

    /// <summary>Per tax of the version, in order.</summary>
    public LineLabel[] Taxes { get; }

    private static LineLabel[] Of(TariffCharge charge) => charge switch
    {
        TieredCharge tiered => [.. tiered.Blocks.Select((_, i) => Label(BillLineCategory.Consumption, $"{tiered.Description}:{i + 1}", $"{tiered.Description}, block {i + 1}"))],
        TimeOfUseCharge tou => [.. tou.Periods.Select(p => Label(BillLineCategory.Consumption, $"{tou.Description}:{p.Name}", $"{tou.Description}, {p.Name}"))],
        SewageCharge sewage => [Label(BillLineCategory.Sewage, sewage.Description, $"{sewage.Description} ({sewage.VolumePercent:0.##} % of water)")],
        StandingCharge standing => [Label(BillLineCategory.Standing, standing.Description, standing.Description)],
        LevyCharge levy => [Label(BillLineCategory.Levy, levy.Description, levy.Description)],
        _ => [Label(BillLineCategory.Consumption, charge.Description, charge.Description)],
    };

    private static LineLabel Label(BillLineCategory category, string key, string description) => new(category, $"{category}:{key}", description);
}
