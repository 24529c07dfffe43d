using Polis.Transit.Tracking;

namespace Polis.Transit.Planning;

/// <summary>On-time performance of the report's routes in one hour of the timetable (0–23, by scheduled time) on one day type.</summary>
public sealed record OnTimeHourRow(DayType DayType, int Hour, OnTimeFigures Figures);
