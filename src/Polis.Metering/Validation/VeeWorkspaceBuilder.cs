using Polis.Metering.Readings;
using Polis.Metering.Registers;

namespace Polis.Metering.Validation;

/// <summary>Lays a <see cref="VeeInput"/> out on one grid: history before the period, then the period's measured values.</summary>
internal static class VeeWorkspaceBuilder
{
    public static VeeWorkspace Build(VeeInput input, VeeOptions options, IReadOnlyList<ValidatedValue>? stored = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var period = input.Period;
        var historyStart = period.Start.AddDays(-options.HistoryDaysNeeded);
        var grid = IntervalGrid.Between(historyStart, period.End, period.Step);
        var periodStart = grid.IndexOf(period.Start);
        periodStart = periodStart < 0 ? grid.Count : periodStart;
        var calendar = new LocalCalendar(grid, input.TimeZone, input.Holidays);
        var proven = new Dictionary<int, (int End, double Total)>();
        var workspace = new VeeWorkspace(grid, periodStart, calendar) { ProvenGaps = proven };
        foreach (var value in input.History)
        {
            var index = IndexOf(grid, value);
            if (index >= 0 && index < periodStart)
            {
                workspace.Quantity[index] = value.Quantity;
                workspace.Quality[index] = value.Quality;
            }
        }

        if (stored is not null)
        {
            foreach (var item in stored)
            {
                var index = PeriodIndexOf(workspace, item.Value);
                Set(workspace, index, item.Value);
                workspace.Rules[index] = item.Rules;
                if (item.Reason is not null)
                {
                    workspace.Reasons[index] = item.Reason;
                }
            }
        }
        else if (input.Registers is { } registers)
        {
            AddRegisters(workspace, registers, proven);
        }
        else
        {
            foreach (var value in input.Measured)
            {
                Set(workspace, PeriodIndexOf(workspace, value), value);
            }
        }

        return workspace;
    }

    private static void AddRegisters(VeeWorkspace workspace, RegisterConversion registers, Dictionary<int, (int End, double Total)> proven)
    {
        if (registers.Grid.Start != workspace.Grid.StartOf(workspace.PeriodStart) || registers.Grid.Step != workspace.Grid.Step
            || registers.Grid.Count != workspace.Count - workspace.PeriodStart)
        {
            throw new ArgumentException("the register conversion's grid is not the period", nameof(registers));
        }

        var offset = workspace.PeriodStart;
        registers.Quantities.CopyTo(workspace.Quantity.AsSpan(offset));
        var findings = registers.Flags;
        for (var i = 0; i < findings.Length; i++)
        {
            if (findings[i] != RegisterFindings.None)
            {
                workspace.Rules[offset + i] = RulesOf(findings[i]);
                workspace.Quality[offset + i] = (findings[i] & RegisterFindings.Questionable) != 0 ? ReadingQuality.Questionable : ReadingQuality.Valid;
                workspace.Reasons[offset + i] = registers.ReasonAt(i)!;
            }
        }

        foreach (var gap in registers.Gaps)
        {
            if (gap.Consumption is { } total)
            {
                proven[offset + registers.Grid.IndexOf(gap.Start)] = (offset + (int)((gap.End - registers.Grid.Start) / registers.Grid.Step), total);
            }
        }
    }

    private static VeeRules RulesOf(RegisterFindings findings) =>
        ((findings & RegisterFindings.Apportioned) != 0 ? VeeRules.TimestampTolerance : VeeRules.None)
        | ((findings & RegisterFindings.Rollover) != 0 ? VeeRules.RegisterRollover : VeeRules.None)
        | ((findings & RegisterFindings.Decrease) != 0 ? VeeRules.RegisterDecrease : VeeRules.None)
        | ((findings & RegisterFindings.DuplicateConflict) != 0 ? VeeRules.DuplicateConflict : VeeRules.None)
        | ((findings & RegisterFindings.MeterExchange) != 0 ? VeeRules.MeterExchange : VeeRules.None)
        | ((findings & RegisterFindings.OverlappingInstallations) != 0 ? VeeRules.OverlappingInstallations : VeeRules.None);

    private static void Set(VeeWorkspace workspace, int index, IntervalValue value)
    {
        if (!workspace.IsMissing(index))
        {
            throw new ArgumentException($"two values for the interval starting {value.Start:O}", nameof(value));
        }

        workspace.Quantity[index] = value.Quantity;
        workspace.Quality[index] = value.Quality;
    }

    private static int PeriodIndexOf(VeeWorkspace workspace, IntervalValue value)
    {
        var index = IndexOf(workspace.Grid, value);
        return index >= workspace.PeriodStart ? index
            : throw new ArgumentException($"the value starting {value.Start:O} is outside the period", nameof(value));
    }

    private static int IndexOf(IntervalGrid grid, IntervalValue value) =>
        value.Length == grid.Step && grid.IsBoundary(value.Start) && !double.IsNaN(value.Quantity)
            ? grid.IndexOf(value.Start)
            : throw new ArgumentException($"the value starting {value.Start:O} is not one {grid.Step} interval of the grid", nameof(value));
}
