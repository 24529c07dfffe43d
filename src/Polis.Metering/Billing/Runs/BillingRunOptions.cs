using System.ComponentModel.DataAnnotations;

namespace Polis.Metering.Billing.Runs;

/// <summary>How a billing run works through many accounts, under <c>Polis:Metering:Billing</c>.</summary>
public sealed class BillingRunOptions
{
    public const string SectionName = "Polis:Metering:Billing";

    /// <summary>Bills settled per write transaction: big enough to amortise the commit, small enough to keep a lock short.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 1_000;

    /// <summary>Workers streaming and computing at once (each on its own connection); 0 means one per processor.</summary>
    [Range(0, 64)]
    public int Workers { get; set; }

    /// <summary>The utility named at the top of PDF bills.</summary>
    [Required]
    public string UtilityName { get; set; } = "Polis City Utilities";
}
