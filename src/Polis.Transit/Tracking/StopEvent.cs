namespace Polis.Transit.Tracking;

/// <summary>
/// A vehicle's recorded call at a stop: the run (key, trip, route, direction, service date), the stop, scheduled and
/// actual times (an actual arrival is null when the vehicle was first seen at the stop, a departure null at the last
/// stop), whether the times were interpolated between reports, and the feed the run came from. Planners' reports
/// (bunching, on-time performance, running times) are built on these.
/// </summary>
public sealed record StopEvent(
    long FeedId,
    string RunKey,
    string TripId,
    string RouteId,
    int? DirectionId,
    string StopId,
    int StopSequence,
    DateOnly ServiceDate,
    string VehicleId,
    DateTimeOffset ScheduledArrival,
    DateTimeOffset ScheduledDeparture,
    DateTimeOffset? ActualArrival,
    DateTimeOffset? ActualDeparture,
    bool Interpolated)
{
    /// <summary>When the call happened: the actual arrival, else the actual departure (what time-range queries use).</summary>
    public DateTimeOffset Time => ActualArrival ?? ActualDeparture ?? ScheduledArrival;

    public int? ArrivalDelaySeconds => ActualArrival is { } a ? (int)Math.Round((a - ScheduledArrival).TotalSeconds) : null;

    public int? DepartureDelaySeconds => ActualDeparture is { } d ? (int)Math.Round((d - ScheduledDeparture).TotalSeconds) : null;
}
