namespace Polis.Transit.Gtfs;

/// <summary>stops.txt location_type.</summary>
public enum GtfsLocationType
{
    Stop = 0,
    Station = 1,
    Entrance = 2,
    GenericNode = 3,
    BoardingArea = 4,
}
