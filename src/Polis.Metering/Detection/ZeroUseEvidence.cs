namespace Polis.Metering.Detection;

/// <summary>The complete local days without consumption (first and last) and their count.</summary>
public sealed record ZeroUseEvidence(DateOnly FromDate, DateOnly ToDate, int Days, double Total);
