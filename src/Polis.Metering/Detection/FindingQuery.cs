namespace Polis.Metering.Detection;

/// <summary>Filters of a finding listing; null filters match everything. Newest first (last seen, then id).</summary>
public sealed record FindingQuery(FindingKind? Kind = null, FindingStatus? Status = null, string? DistrictId = null, string? MeterId = null, int Offset = 0, int Limit = 100);
