namespace Polis.Metering.Billing;

/// <summary>
/// Why an account was held back: a reason, a sentence for the run's summary and, for unbillable data, the spans at
/// fault (merged, the first <see cref="MaxProblems"/>; <see cref="ProblemCount"/> counts them all).
/// </summary>
public sealed record BillRefusal(BillRefusalReason Reason, string Message)
{
    public const int MaxProblems = 20;

    public IReadOnlyList<BillProblem> Problems { get; init; } = [];

    public int ProblemCount { get; init; }
}
