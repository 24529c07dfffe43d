using Polis.Transit.Timetable;

namespace Polis.Simulator.Transit;

/// <summary>The runs one vehicle drives on one service date, in order, none overlapping the next.</summary>
public sealed class VehicleDuty(IReadOnlyList<TripInstance> trips)
{
    public IReadOnlyList<TripInstance> Trips { get; } = trips.Count > 0 ? trips : throw new ArgumentException("A duty has at least one run.", nameof(trips));

    public DateTimeOffset Start => Trips[0].ScheduledStart;

    /// <summary>The scheduled arrival of the last run (a late vehicle finishes after it).</summary>
    public DateTimeOffset End => Trips[^1].ScheduledEnd;

    /// <summary>Scheduled time on runs, the measure by which duties beyond the vehicle cap are dropped.</summary>
    public TimeSpan InService => TimeSpan.FromTicks(Trips.Sum(t => (t.ScheduledEnd - t.ScheduledStart).Ticks));
}
