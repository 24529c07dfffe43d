namespace Polis.Dashboard.Transit;

/// <summary>
/// The active network as <c>transit-map.js</c> draws it, in parallel arrays (one interop message, no repeated names):
/// routes with their colours; each distinct shape of a route as a flat [lat, lon, lat, lon, …] array with the index of
/// its route; stops with their positions and the indexes of the routes calling there (for the route filter).
/// Coordinates are rounded to 6 decimals (about 10 cm).
/// </summary>
public sealed record TransitNetworkPayload(
    long FeedId,
    string[] RouteIds,
    string[] RouteNames,
    string[] RouteColours,
    double[][] Shapes,
    int[] ShapeRoute,
    string[] StopIds,
    string[] StopNames,
    double[] StopLat,
    double[] StopLon,
    int[][] StopRoutes);
