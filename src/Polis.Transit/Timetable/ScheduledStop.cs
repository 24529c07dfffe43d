namespace Polis.Transit.Timetable;

/// <summary>
/// One stop of a <see cref="ScheduledTrip"/>: times are seconds since the service day's reference (see
/// <see cref="TransitNetwork.ServiceDayStart"/>), blanks already interpolated; <see cref="DistanceMetres"/> is
/// the stop's place along the trip's shape. <see cref="Index"/> is its position in the trip (0-based), while
/// <see cref="Sequence"/> is the feed's stop_sequence (increasing, not necessarily consecutive).
/// </summary>
public readonly record struct ScheduledStop(
    int Index,
    string StopId,
    int Sequence,
    int Arrival,
    int Departure,
    double DistanceMetres,
    bool Timepoint,
    int PickupType,
    int DropOffType);
