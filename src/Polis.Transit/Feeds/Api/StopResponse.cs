using Polis.Transit.Gtfs;

namespace Polis.Transit.Feeds.Api;

public sealed record StopResponse(string Id, string? Code, string Name, double? Latitude, double? Longitude, GtfsLocationType LocationType, string? ParentStation,
    string? PlatformCode, int WheelchairBoarding)
{
    public static StopResponse From(GtfsStop stop) =>
        new(stop.Id, stop.Code, stop.Name, stop.Latitude, stop.Longitude, stop.LocationType, stop.ParentStation, stop.PlatformCode, stop.WheelchairBoarding);
}
