using Polis.Citizens.Reports.Duplicates;

namespace Polis.Citizens.Reports.Support;

/// <summary>What a "me too" press did: the report it counted on (the original of a duplicate), the outcome and the count after.</summary>
public sealed record MeTooResult(long ReportId, MeTooOutcome Outcome, int Count);
