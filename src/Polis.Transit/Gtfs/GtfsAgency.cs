namespace Polis.Transit.Gtfs;

/// <summary>A row of agency.txt. <see cref="Id"/> is empty when a single-agency feed omits agency_id.</summary>
public sealed record GtfsAgency(string Id, string Name, string Url, string Timezone, string? Language = null, string? Phone = null);
