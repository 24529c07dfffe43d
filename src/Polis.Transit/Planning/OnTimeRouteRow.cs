namespace Polis.Transit.Planning;

/// <summary>
/// On-time performance of one route with its runs' census. <see cref="HeadwayBased"/>: the route has runs of
/// exact_times=0 periods, which are not measured against times (see the bunching report's headway adherence).
/// </summary>
public sealed record OnTimeRouteRow(string RouteId, string? RouteName, bool HeadwayBased, OnTimeFigures Figures, RunCensus Runs);
