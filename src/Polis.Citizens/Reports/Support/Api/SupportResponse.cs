namespace Polis.Citizens.Reports.Support.Api;

/// <summary>A report's "me too" count; <see cref="Supporters"/> (who, when, through which duplicate) for staff only.</summary>
public sealed record SupportResponse(long ReportId, int Count, IReadOnlyList<ReportSupporter>? Supporters);
