namespace Polis.Transit.Gtfs;

/// <summary>
/// A row of stops.txt. Coordinates are required for stops, stations and entrances (location_type 0–2) and
/// optional for generic nodes and boarding areas (3–4), hence nullable.
/// </summary>
public sealed record GtfsStop(
    string Id,
    string Name,
    double? Latitude,
    double? Longitude,
    GtfsLocationType LocationType = GtfsLocationType.Stop,
    string? Code = null,
    string? ParentStation = null,
    string? PlatformCode = null,
    string? Timezone = null,
    int WheelchairBoarding = 0);
