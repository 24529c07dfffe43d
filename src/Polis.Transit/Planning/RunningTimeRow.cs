using Polis.Transit.Tracking;

namespace Polis.Transit.Planning;

/// <summary>
/// One cell of the running-time report: a route direction's segment, whole trip or dwell, on one day type in one
/// time band (of the scheduled departure). Scheduled: the median of the observed runs' scheduled times. Observed:
/// count, mean, median and the proposal percentile. Proposed: that percentile rounded (null, with a
/// <see cref="Note"/>, when the observations are too few), and its change from the scheduled time. Seconds throughout.
/// </summary>
public sealed record RunningTimeRow(
    string RouteId,
    int? DirectionId,
    RunningTimeKind Kind,
    string FromStopId,
    string? FromStopName,
    string ToStopId,
    string? ToStopName,
    DayType DayType,
    string Band,
    int ScheduledSeconds,
    int Count,
    double MeanSeconds,
    double MedianSeconds,
    double PercentileSeconds,
    int? ProposedSeconds,
    int? ChangeSeconds,
    string? Note);
