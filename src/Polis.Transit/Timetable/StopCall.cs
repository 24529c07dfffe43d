namespace Polis.Transit.Timetable;

/// <summary>A scheduled call of a trip run at a stop: one line of a stop's timetable.</summary>
public sealed record StopCall(TripInstance Instance, int StopIndex)
{
    public ScheduledStop Stop => Instance.Trip.Stops[StopIndex];

    public DateTimeOffset Arrival => Instance.ScheduledArrival(StopIndex);

    public DateTimeOffset Departure => Instance.ScheduledDeparture(StopIndex);

    /// <summary>True at the trip's last stop (an arrival only; no one boards).</summary>
    public bool IsLastStop => StopIndex == Instance.Trip.Stops.Count - 1;
}
