namespace Polis.Metering.Validation;

/// <summary>A validated series and the audit entries of the changes that produced it (in interval order).</summary>
public sealed record VeeResult(ValidatedSeries Series, IReadOnlyList<VeeAuditEntry> Audit);
