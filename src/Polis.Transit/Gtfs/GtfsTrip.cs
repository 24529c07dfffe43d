namespace Polis.Transit.Gtfs;

/// <summary>A row of trips.txt.</summary>
public sealed record GtfsTrip(
    string Id,
    string RouteId,
    string ServiceId,
    string? Headsign = null,
    string? ShortName = null,
    int? DirectionId = null,
    string? BlockId = null,
    string? ShapeId = null);
