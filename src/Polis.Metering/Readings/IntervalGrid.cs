namespace Polis.Metering.Readings;

/// <summary>
/// A fixed grid of <see cref="Count"/> intervals of <see cref="Step"/> from <see cref="Start"/> (UTC): the 15-minute
/// or hourly slots consumption is kept on. The step divides a day and the start lies on a step boundary counted
/// from UTC midnight, so grids of one step line up with each other and an index is plain arithmetic.
/// </summary>
public readonly record struct IntervalGrid
{
    public IntervalGrid(DateTimeOffset start, TimeSpan step, int count)
    {
        if (step <= TimeSpan.Zero || TimeSpan.TicksPerDay % step.Ticks != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, "the step must be positive and divide a day (e.g. 15 min or 1 h)");
        }

        if (start.UtcTicks % step.Ticks != 0)
        {
            throw new ArgumentException($"the grid start {start:O} is not on a {step} boundary", nameof(start));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Start = start.ToUniversalTime();
        Step = step;
        Count = count;
    }

    public DateTimeOffset Start { get; }

    public TimeSpan Step { get; }

    public int Count { get; }

    public DateTimeOffset End => Start + (Step * Count);

    /// <summary>The grid of <paramref name="step"/> covering [<paramref name="from"/>, <paramref name="to"/>), both on step boundaries.</summary>
    public static IntervalGrid Between(DateTimeOffset from, DateTimeOffset to, TimeSpan step)
    {
        var grid = new IntervalGrid(from, step, 0);
        var span = (to - from).Ticks;
        if (span < 0 || span % step.Ticks != 0)
        {
            throw new ArgumentException($"{to:O} is not a whole number of {step} steps after {from:O}", nameof(to));
        }

        return new IntervalGrid(from, step, checked((int)(span / step.Ticks)));
    }

    public DateTimeOffset StartOf(int index) => Start + (Step * index);

    /// <summary>The index of the interval containing <paramref name="instant"/>, or -1 when it lies outside the grid.</summary>
    public int IndexOf(DateTimeOffset instant)
    {
        var offset = instant.UtcTicks - Start.UtcTicks;
        if (offset < 0)
        {
            return -1;
        }

        var index = offset / Step.Ticks;
        return index < Count ? (int)index : -1;
    }

    /// <summary>Whether <paramref name="instant"/> is an interval boundary of this step (inside the grid or not).</summary>
    public bool IsBoundary(DateTimeOffset instant) => instant.UtcTicks % Step.Ticks == 0;
}
