using Polis.Metering.Meters;

namespace Polis.Metering.Billing.Runs;

/// <summary>A service point's meter kind a run did not bill, with the reason and the sentence that says why.</summary>
public sealed record BillingRunRefusal(string AccountId, string ServicePointId, MeterKind MeterKind, RunRefusalReason Reason, string Message);
