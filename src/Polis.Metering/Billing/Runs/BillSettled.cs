using Polis.Metering.Meters;

namespace Polis.Metering.Billing.Runs;

/// <summary>The outcome of settling one computed bill: the bill's id (0 when refused), what was done, and the adjustment or refusal.</summary>
public sealed record BillSettled(string ServicePointId, MeterKind MeterKind, long BillId, BillDecision Decision);
