using Polis.Metering.Readings;

namespace Polis.Metering.Registers;

/// <summary>
/// The result of register conversion on one grid: measured <see cref="Intervals"/> (Valid, or Questionable when a
/// register decrease or conflicting duplicate touches them), <see cref="Notes"/> on flagged intervals,
/// <see cref="Gaps"/> for VEE to estimate (absent intervals are never filled here), and an
/// <see cref="Outcomes">outcome for every input read</see>, so none is lost unnoticed.
/// </summary>
public sealed class RegisterConversion
{
    private readonly double[] _quantities;
    private readonly RegisterFindings[] _flags;
    private readonly IReadOnlyDictionary<int, string> _reasons;
    private IntervalValue[]? _intervals;
    private RegisterNote[]? _notes;

    internal RegisterConversion(IntervalGrid grid, double[] quantities, RegisterFindings[] flags, IReadOnlyDictionary<int, string> reasons, RegisterGap[] gaps, RegisterReadOutcome[][] outcomes)
    {
        Grid = grid;
        _quantities = quantities;
        _flags = flags;
        _reasons = reasons;
        Gaps = gaps;
        Outcomes = outcomes;
    }

    public IntervalGrid Grid { get; }

    /// <summary>The measured intervals in time order; intervals of a gap are absent.</summary>
    public IReadOnlyList<IntervalValue> Intervals => _intervals ??= BuildIntervals();

    /// <summary>Why intervals were flagged (rollover, decrease, conflicting duplicate, exchange, apportioned reads), in time order.</summary>
    public IReadOnlyList<RegisterNote> Notes => _notes ??= BuildNotes();

    /// <summary>Runs of intervals the reads cannot split, with the consumption the registers prove across each.</summary>
    public IReadOnlyList<RegisterGap> Gaps { get; }

    /// <summary>Per meter (in the order given), the outcome of each of its input reads (in the order given).</summary>
    public IReadOnlyList<IReadOnlyList<RegisterReadOutcome>> Outcomes { get; }

    /// <summary>The consumption of interval <paramref name="index"/> of the grid, NaN when it lies in a gap.</summary>
    public double QuantityAt(int index) => _quantities[index];

    /// <summary>How many input reads, over all meters, had <paramref name="outcome"/>.</summary>
    public int Count(RegisterReadOutcome outcome)
    {
        var count = 0;
        foreach (var meter in Outcomes)
        {
            foreach (var item in meter)
            {
                count += item == outcome ? 1 : 0;
            }
        }

        return count;
    }

    internal ReadOnlySpan<double> Quantities => _quantities;

    internal ReadOnlySpan<RegisterFindings> Flags => _flags;

    internal string? ReasonAt(int index) => (_flags[index], _reasons.GetValueOrDefault(index)) switch
    {
        (RegisterFindings.None, _) => null,
        ({ } f, var reason) when (f & RegisterFindings.Apportioned) != 0 => reason is null ? ApportionedReason : $"{reason}; {ApportionedReason}",
        (_, var reason) => reason,
    };

    internal const string ApportionedReason = "a read was off the grid by more than the snap tolerance: its consumption was apportioned linearly";

    private IntervalValue[] BuildIntervals()
    {
        var count = 0;
        foreach (var quantity in _quantities)
        {
            count += double.IsNaN(quantity) ? 0 : 1;
        }

        var intervals = new IntervalValue[count];
        var k = 0;
        for (var i = 0; i < _quantities.Length; i++)
        {
            if (!double.IsNaN(_quantities[i]))
            {
                var quality = (_flags[i] & RegisterFindings.Questionable) != 0 ? ReadingQuality.Questionable : ReadingQuality.Valid;
                intervals[k++] = new IntervalValue(Grid.StartOf(i), Grid.StartOf(i + 1), _quantities[i], quality);
            }
        }

        return intervals;
    }

    private RegisterNote[] BuildNotes()
    {
        var notes = new List<RegisterNote>();
        for (var i = 0; i < _flags.Length; i++)
        {
            if (_flags[i] != RegisterFindings.None)
            {
                notes.Add(new RegisterNote(Grid.StartOf(i), _flags[i], ReasonAt(i)!));
            }
        }

        return [.. notes];
    }
}
