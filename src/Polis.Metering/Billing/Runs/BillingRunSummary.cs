namespace Polis.Metering.Billing.Runs;

/// <summary>
/// What a billing run did. <see cref="ServicePoints"/> counts service point × meter kind targets (a service point with
/// electricity and water counts twice); <see cref="Refusals"/> lists the first <see cref="MaxRefusalsListed"/>,
/// <see cref="RefusalsByReason"/> counts them all.
/// </summary>
public sealed record BillingRunSummary
{
    public const int MaxRefusalsListed = 100;

    public required long RunId { get; init; }

    public required DateOnly PeriodFrom { get; init; }

    public required DateOnly PeriodTo { get; init; }

    /// <summary>The accounts selected, or null for all.</summary>
    public IReadOnlyList<string>? AccountIds { get; init; }

    public required string Actor { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset FinishedAt { get; init; }

    public required int Accounts { get; init; }

    public required int ServicePoints { get; init; }

    public required int Billed { get; init; }

    public required int Unchanged { get; init; }

    public required int Adjusted { get; init; }

    public required int Refused { get; init; }

    public required IReadOnlyDictionary<RunRefusalReason, int> RefusalsByReason { get; init; }

    public required IReadOnlyList<BillingRunRefusal> Refusals { get; init; }

    public required IReadOnlyList<CurrencyTotal> Totals { get; init; }

    /// <summary>Interval values read from the validated series.</summary>
    public required long Readings { get; init; }

    public required double Seconds { get; init; }

    public double ReadingsPerSecond => Seconds > 0 ? Readings / Seconds : 0;
}
