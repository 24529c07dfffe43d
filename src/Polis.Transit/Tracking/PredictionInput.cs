using Polis.Transit.Timetable;

namespace Polis.Transit.Tracking;

/// <summary>
/// What a prediction starts from: the run, the vehicle's passage through it, its filtered delay and the deviation
/// observed in this report, the report's time, and the day type and time zone that pick the history cells.
/// </summary>
public sealed record PredictionInput(
    TripInstance Run,
    RunProgress Progress,
    DelayEstimate Delay,
    double ObservedDeviationSeconds,
    DateTimeOffset ReportTime,
    DayType DayType,
    TimeZoneInfo TimeZone);
