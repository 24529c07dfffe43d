namespace Polis.Transit.Gtfs;

/// <summary>
/// A row of stop_times.txt. Times are seconds since the service day's reference ("noon minus 12 h" in the
/// agency's time zone), so they may exceed 24 h; null where the feed leaves a non-timepoint blank.
/// <see cref="ShapeDistTraveled"/> is in the feed's own unit, comparable only with its shapes.txt.
/// </summary>
public sealed record GtfsStopTime(
    string TripId,
    int StopSequence,
    string StopId,
    int? ArrivalSeconds,
    int? DepartureSeconds,
    double? ShapeDistTraveled = null,
    string? StopHeadsign = null,
    int PickupType = 0,
    int DropOffType = 0,
    bool Timepoint = true);
