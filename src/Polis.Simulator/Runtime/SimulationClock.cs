namespace Polis.Simulator.Runtime;

/// <summary>
/// Simulated time. At speed 1 it is real time. At speed N &gt; 1 it starts <c>backfill</c> in the past and runs
/// N times faster until it reaches real time, then continues at real time: readings are never stamped in the
/// future (the platform refuses timestamps beyond its clock skew), and a demo still replays a day in minutes.
/// </summary>
public sealed class SimulationClock
{
    private readonly TimeProvider _time;
    private readonly DateTimeOffset _realStart;
    private readonly DateTimeOffset _simStart;

    public SimulationClock(TimeProvider time, double speed, TimeSpan backfill)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThan(speed, 1);
        _time = time;
        Speed = speed;
        _realStart = time.GetUtcNow();
        _simStart = speed > 1 ? _realStart - backfill : _realStart;
    }

    public double Speed { get; }

    /// <summary>The simulated now.</summary>
    public DateTimeOffset Now
    {
        get
        {
            var real = _time.GetUtcNow();
            var accelerated = _simStart + ((real - _realStart) * Speed);
            return accelerated < real ? accelerated : real;
        }
    }

    /// <summary>True while the simulated clock still runs faster than real time.</summary>
    public bool IsAccelerating => Speed > 1 && Now < _time.GetUtcNow();

    /// <summary>The real time between two reports <paramref name="simulated"/> apart (at least <paramref name="floor"/>).</summary>
    public TimeSpan RealPeriod(TimeSpan simulated, TimeSpan floor)
    {
        var real = IsAccelerating ? simulated / Speed : simulated;
        return real < floor ? floor : real;
    }
}
