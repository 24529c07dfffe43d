using Polis.Metering.Tariffs;

namespace Polis.Metering.Billing;

/// <summary>
/// The key and description of every line a tariff version can write, made once per plan rather than once per bill:
/// per charge, one per sub-line (tier block or time-of-use period); per tax, one. With a tariff name (a bill joining
/// several tariffs) every description starts with it: "Electricity, time of use: Energy, peak".
/// </summary>
internal sealed class LineLabels
{
    public LineLabels(TariffVersion version, string? tariffName = null)
    {
        var prefix = tariffName is null ? "" : $"{tariffName}: ";
        Charges = [.. version.Charges.Select(c => Of(c, prefix))];
        Taxes = [.. version.Taxes.Select(t => Label(BillLineCategory.Tax, t.Description, $"{prefix}{t.Description} {t.Percent:0.##} %"))];
    }

    /// <summary>Per charge of the version, in order: its lines' labels.</summary>
    public LineLabel[][] Charges { get; }

    /// <summary>Per tax of the version, in order.</summary>
    public LineLabel[] Taxes { get; }

    private static LineLabel[] Of(TariffCharge charge, string prefix) => charge switch
    {
        TieredCharge tiered => [.. tiered.Blocks.Select((_, i) => Label(BillLineCategory.Consumption, $"{tiered.Description}:{i + 1}", $"{prefix}{tiered.Description}, block {i + 1}"))],
        TimeOfUseCharge tou => [.. tou.Periods.Select(p => Label(BillLineCategory.Consumption, $"{tou.Description}:{p.Name}", $"{prefix}{tou.Description}, {p.Name}"))],
        SewageCharge sewage => [Label(BillLineCategory.Sewage, sewage.Description, $"{prefix}{sewage.Description} ({sewage.VolumePercent:0.##} % of water)")],
        StandingCharge standing => [Label(BillLineCategory.Standing, standing.Description, prefix + standing.Description)],
        LevyCharge levy => [Label(BillLineCategory.Levy, levy.Description, prefix + levy.Description)],
        _ => [Label(BillLineCategory.Consumption, charge.Description, prefix + charge.Description)],
    };

    private static LineLabel Label(BillLineCategory category, string key, string description) => new(category, $"{category}:{key}", description);
}
