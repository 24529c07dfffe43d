using Polis.Metering.Readings;

namespace Polis.Metering.Validation;

/// <summary>
/// The arrays VEE works on: history and period on one grid (history first, from <see cref="PeriodStart"/> on the
/// period), a quantity (NaN where missing), quality and rules per interval, reasons where rules fired, the
/// consumption the registers prove across gaps, and the local calendar.
/// </summary>
internal sealed class VeeWorkspace
{
    public VeeWorkspace(IntervalGrid grid, int periodStart, LocalCalendar calendar)
    {
        Grid = grid;
        PeriodStart = periodStart;
        Calendar = calendar;
        Quantity = new double[grid.Count];
        Array.Fill(Quantity, double.NaN);
        Quality = new ReadingQuality[grid.Count];
        Rules = new VeeRules[grid.Count];
    }

    private VeeWorkspace(VeeWorkspace source)
    {
        Grid = source.Grid;
        PeriodStart = source.PeriodStart;
        Calendar = source.Calendar;
        Quantity = (double[])source.Quantity.Clone();
        Quality = (ReadingQuality[])source.Quality.Clone();
        Rules = (VeeRules[])source.Rules.Clone();
        Reasons = new Dictionary<int, string>(source.Reasons);
        ProvenGaps = source.ProvenGaps;
    }

    public IntervalGrid Grid { get; }

    public int PeriodStart { get; }

    public int Count => Grid.Count;

    public double StepHours => Grid.Step.TotalHours;

    public LocalCalendar Calendar { get; }

    public double[] Quantity { get; }

    public ReadingQuality[] Quality { get; }

    public VeeRules[] Rules { get; }

    public Dictionary<int, string> Reasons { get; } = [];

    /// <summary>By the index of a gap's first interval: its end index and the consumption the registers prove across it.</summary>
    public Dictionary<int, (int End, double Total)> ProvenGaps { get; init; } = [];

    public bool IsMissing(int index) => double.IsNaN(Quantity[index]);

    /// <summary>Whether estimates and bands may learn from this value: measured and unflagged, or set by an analyst.</summary>
    public bool IsLearnable(int index) => !double.IsNaN(Quantity[index]) && Quality[index] is ReadingQuality.Valid or ReadingQuality.Edited;

    /// <summary>Records that <paramref name="rule"/> fired; a questionable rule on a Valid value makes it Questionable.</summary>
    public void Flag(int index, VeeRules rule, string reason)
    {
        Rules[index] |= rule;
        Explain(index, reason);
        if ((rule & VeeRuleIds.Questionable) != 0 && Quality[index] == ReadingQuality.Valid && !IsMissing(index))
        {
            Quality[index] = ReadingQuality.Questionable;
        }
    }

    public void Explain(int index, string reason) =>
        Reasons[index] = Reasons.TryGetValue(index, out var existing) ? $"{existing}; {reason}" : reason;

    public VeeWorkspace Clone() => new(this);
}
