namespace Polis.Transit.Gtfs;

/// <summary>A row of routes.txt. <see cref="Type"/> is the GTFS route_type (0 tram, 1 subway, 2 rail, 3 bus, …, or an extended type).</summary>
public sealed record GtfsRoute(
    string Id,
    string? AgencyId,
    string? ShortName,
    string? LongName,
    int Type,
    string? Color = null,
    string? TextColor = null,
    string? Description = null,
    int? SortOrder = null)
{
    /// <summary>What riders call the route: the short name, else the long name, else the id.</summary>
    public string DisplayName => !string.IsNullOrEmpty(ShortName) ? ShortName : !string.IsNullOrEmpty(LongName) ? LongName : Id;
}
