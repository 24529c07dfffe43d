namespace Polis.Metering.Billing.Pdf;

/// <summary>Who issues a bill: printed at the head of the PDF.</summary>
public sealed record BillIssuer
{
    /// <summary>The utility's name, e.g. "Copenhagen Utilities".</summary>
    public required string UtilityName { get; init; }

    /// <summary>The city the utility serves.</summary>
    public string? CityName { get; init; }

    /// <summary>Postal address, phone, web: one line each, under the name.</summary>
    public IReadOnlyList<string> ContactLines { get; init; } = [];
}
