namespace Polis.Simulator.Behaviour;

/// <summary>Where a simulated bus is at a time: the generated city's <see cref="BusTimetable"/>, or a real feed's fleet.</summary>
public interface IBusSchedule
{
    /// <summary>The state of bus <paramref name="bus"/> (its ordinal) at <paramref name="time"/>; <paramref name="key"/> seeds its delays.</summary>
    BusState At(int bus, DateTimeOffset time, long key);
}
