namespace Polis.Dashboard.Transit;

/// <summary>One route's calls judged early, on time and late over the chosen days.</summary>
public sealed record RoutePunctuality(string RouteId, string RouteName, OnTimeCounts Counts);
