using Polis.Citizens.Reports.Duplicates;

namespace Polis.Citizens.Reports.Support.Api;

/// <summary>The answer to a "me too": the report it counted on (the original of a duplicate), what happened, the count now.</summary>
public sealed record MeTooResponse(long ReportId, MeTooOutcome Outcome, int Count);
