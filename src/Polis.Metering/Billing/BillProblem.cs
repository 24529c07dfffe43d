namespace Polis.Metering.Billing;

/// <summary>A span [<see cref="Start"/>, <see cref="End"/>) (UTC) that kept a bill from being computed.</summary>
public sealed record BillProblem(BillProblemKind Kind, DateTimeOffset Start, DateTimeOffset End);
