namespace Polis.Transit.Feeds.Api;

/// <summary>
/// One direction of a route: its headsigns, the stops its trips call at (in the order of its longest trip, other
/// trips' extra stops after) and the shapes they follow.
/// </summary>
public sealed record RouteDirectionResponse(int? DirectionId, int Trips, IReadOnlyList<string> Headsigns, IReadOnlyList<string> StopIds, IReadOnlyList<string> ShapeIds);
