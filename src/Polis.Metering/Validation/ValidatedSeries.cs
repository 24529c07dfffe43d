using Polis.Metering.Readings;

namespace Polis.Metering.Validation;

/// <summary>
/// One meter's period after VEE: on every interval of <see cref="Period"/> a value with its quality, rules and reason,
/// or a missing value (a gap nothing could estimate). It keeps the history it was validated with, so analyst edits
/// (<see cref="VeeEdits"/>) can estimate from like days; <see cref="Restore"/> rebuilds one from stored values.
/// </summary>
public sealed class ValidatedSeries
{
    private readonly VeeWorkspace _workspace;
    private ValidatedValue[]? _values;

    internal ValidatedSeries(VeeWorkspace workspace)
    {
        _workspace = workspace;
        Period = new IntervalGrid(workspace.Grid.StartOf(workspace.PeriodStart), workspace.Grid.Step, workspace.Count - workspace.PeriodStart);
    }

    public IntervalGrid Period { get; }

    /// <summary>The values of the period that exist (measured, estimated or edited), in time order.</summary>
    public IReadOnlyList<ValidatedValue> Values => _values ??= BuildValues();

    /// <summary>The number of period intervals without a value.</summary>
    public int MissingCount => Period.Count - Values.Count;

    /// <summary>The value of period interval <paramref name="index"/>, or null when it is missing.</summary>
    public ValidatedValue? At(int index)
    {
        var i = Offset(index);
        return _workspace.IsMissing(i) ? null : ValueAt(i);
    }

    public bool IsMissing(int index) => _workspace.IsMissing(Offset(index));

    /// <summary>The rules that fired on period interval <paramref name="index"/>, missing or not.</summary>
    public VeeRules RulesAt(int index) => _workspace.Rules[Offset(index)];

    public string? ReasonAt(int index) => _workspace.Reasons.GetValueOrDefault(Offset(index));

    public int CountOf(ReadingQuality quality)
    {
        var count = 0;
        foreach (var value in Values)
        {
            count += value.Value.Quality == quality ? 1 : 0;
        }

        return count;
    }

    /// <summary>The sum of the period's values of the given qualities (all when none are given).</summary>
    public double Total(params ReadOnlySpan<ReadingQuality> qualities)
    {
        var total = 0.0;
        foreach (var value in Values)
        {
            total += qualities.IsEmpty || qualities.Contains(value.Value.Quality) ? value.Value.Quantity : 0;
        }

        return total;
    }

    /// <summary>
    /// Rebuilds a series from stored values, with the context (time zone, holidays, history) of <paramref name="context"/>
    /// (its measured values and registers are not used), so analyst edits can be applied to it.
    /// </summary>
    public static ValidatedSeries Restore(VeeInput context, IReadOnlyList<ValidatedValue> stored, VeeOptions options)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new ValidatedSeries(VeeWorkspaceBuilder.Build(context, options, stored));
    }

    internal VeeWorkspace Workspace => _workspace;

    internal int Offset(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Period.Count);
        return _workspace.PeriodStart + index;
    }

    private ValidatedValue ValueAt(int i) => new(
        new IntervalValue(_workspace.Grid.StartOf(i), _workspace.Grid.StartOf(i + 1), _workspace.Quantity[i], _workspace.Quality[i]),
        _workspace.Rules[i],
        _workspace.Reasons.GetValueOrDefault(i));

    private ValidatedValue[] BuildValues()
    {
        var count = 0;
        for (var i = _workspace.PeriodStart; i < _workspace.Count; i++)
        {
            count += _workspace.IsMissing(i) ? 0 : 1;
        }

        var values = new ValidatedValue[count];
        var k = 0;
        for (var i = _workspace.PeriodStart; i < _workspace.Count; i++)
        {
            if (!_workspace.IsMissing(i))
            {
                values[k++] = ValueAt(i);
            }
        }

        return values;
    }
}
