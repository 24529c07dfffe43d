using Polis.Transit.Gtfs;

namespace Polis.Transit.Feeds.Api;

/// <summary>A route of the active feed; <see cref="Trips"/> counts the trips that can run.</summary>
public sealed record RouteResponse(string Id, string? AgencyId, string? ShortName, string? LongName, string DisplayName, int Type, string? Color, string? TextColor,
    string? Description, int Trips)
{
    public static RouteResponse From(GtfsRoute route, int trips) =>
        new(route.Id, route.AgencyId, route.ShortName, route.LongName, route.DisplayName, route.Type, route.Color, route.TextColor, route.Description, trips);
}
