namespace Polis.Transit.Feeds.Api;

public sealed record RouteDetailResponse(RouteResponse Route, IReadOnlyList<RouteDirectionResponse> Directions);
