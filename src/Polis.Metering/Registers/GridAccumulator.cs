using Polis.Metering.Readings;

namespace Polis.Metering.Registers;

/// <summary>
/// Spreads the consumption of read pairs over the grid, linearly by time, and remembers which part of each
/// interval short pairs (measured), long pairs (a gap the register difference still bounds) or nothing covered.
/// </summary>
internal sealed class GridAccumulator
{
    private readonly long _start;
    private readonly long _end;
    private readonly long _step;

    public GridAccumulator(IntervalGrid grid)
    {
        Grid = grid;
        _start = grid.Start.UtcTicks;
        _step = grid.Step.Ticks;
        _end = _start + (_step * grid.Count);
        Sum = new double[grid.Count];
        ShortCovered = new long[grid.Count];
        LongCovered = new long[grid.Count];
        Flags = new RegisterFindings[grid.Count];
    }

    public IntervalGrid Grid { get; }

    public double[] Sum { get; }

    public long[] ShortCovered { get; }

    public long[] LongCovered { get; }

    public RegisterFindings[] Flags { get; }

    public Dictionary<int, string> Reasons { get; } = [];

    public long Step => _step;

    /// <summary>Adds the pair [<paramref name="from"/>, <paramref name="to"/>) with <paramref name="consumption"/>; returns the intervals it touched.</summary>
    public (int First, int Last) Add(long from, long to, double consumption, RegisterFindings flags, bool measured)
    {
        if (to <= _start || from >= _end)
        {
            return (0, -1);
        }

        var span = to - from;
        var position = Math.Max(from, _start);
        var stop = Math.Min(to, _end);
        var first = (int)((position - _start) / _step);
        var index = first;
        var covered = measured ? ShortCovered : LongCovered;
        while (position < stop)
        {
            var next = Math.Min(_start + ((index + 1) * _step), stop);
            var overlap = next - position;
            Sum[index] += overlap == span ? consumption : consumption * overlap / span;
            covered[index] += overlap;
            Flags[index] |= flags;
            position = next;
            index++;
        }

        return (first, index - 1);
    }

    public void Explain(int first, int last, string reason)
    {
        for (var i = first; i <= last; i++)
        {
            if (!Reasons.TryGetValue(i, out var existing))
            {
                Reasons[i] = reason;
            }
            else if (!existing.Contains(reason, StringComparison.Ordinal))
            {
                Reasons[i] = existing + "; " + reason;
            }
        }
    }

    /// <summary>Whether short pairs alone cover the whole interval: its consumption is measured.</summary>
    public bool IsMeasured(int index) => ShortCovered[index] >= _step && LongCovered[index] == 0;

    /// <summary>Whether the interval's consumption is bounded by registers (covered by pairs that did not go down).</summary>
    public bool IsProven(int index) =>
        ShortCovered[index] + LongCovered[index] == _step && (Flags[index] & RegisterFindings.Questionable) == 0;
}
