using Polis.Metering.Meters;

namespace Polis.Metering.Billing;

/// <summary>Whose consumption a bill is for: the account, the meter and where it is installed.</summary>
public sealed record BillSubject
{
    public required string AccountId { get; init; }

    public required string MeterId { get; init; }

    public required MeterKind MeterKind { get; init; }

    /// <summary>The account holder's name, printed on the bill.</summary>
    public string? AccountName { get; init; }

    /// <summary>The service point's address, printed on the bill.</summary>
    public string? ServicePointAddress { get; init; }
}
