namespace Polis.Transit.Planning;

/// <summary>
/// On-time performance over the service dates [From, To], of one route or all: the window (a departure up to
/// <see cref="EarlySeconds"/> early and <see cref="LateSeconds"/> late is on time), whether only timepoints count,
/// then the figures of the network, each route (with its runs' census), each route's stops, and each hour by day type.
/// <see cref="UnplacedEvents"/>: events whose trip or stop the active feed does not have, left out.
/// </summary>
public sealed record OnTimeReport(
    DateOnly From,
    DateOnly To,
    string? RouteId,
    int EarlySeconds,
    int LateSeconds,
    bool TimepointsOnly,
    OnTimeFigures Network,
    IReadOnlyList<OnTimeRouteRow> Routes,
    IReadOnlyList<OnTimeStopRow> Stops,
    IReadOnlyList<OnTimeHourRow> Hours,
    long UnplacedEvents);
