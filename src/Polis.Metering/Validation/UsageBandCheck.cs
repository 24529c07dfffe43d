using Polis.Metering.Registers;

namespace Polis.Metering.Validation;

/// <summary>
/// High and low usage against the meter's own history: each value is compared with the band of the same local
/// clock slot and day type (working day, Saturday, Sunday or holiday) over the whole weeks before its own week.
/// High: above <see cref="VeeOptions.HighUsageFactor"/> × the 90th percentile; low: below
/// <see cref="VeeOptions.LowUsageFactor"/> × the 10th; either also by the minimum difference. A band is computed once
/// per week, slot and day type, and only from Valid or Edited values.
/// </summary>
internal static class UsageBandCheck
{
    private const int DayTypes = 3;

    public static void Run(VeeWorkspace workspace, VeeOptions options)
    {
        var calendar = workspace.Calendar;
        var slots = calendar.SlotsPerDay;
        var low = new double[DayTypes * slots];
        var high = new double[DayTypes * slots];
        var known = new sbyte[DayTypes * slots];
        var samples = new double[options.HistoryWeeks * 7 * 2];
        var minimumDifference = options.UsageMinimumDifferencePerHour * workspace.StepHours;
        var week = int.MinValue;
        for (var day = calendar.DayOf(workspace.PeriodStart); day < calendar.DayCount; day++)
        {
            if (calendar.WeekStart(day) != week)
            {
                week = calendar.WeekStart(day);
                Array.Clear(known);
            }

            var type = (int)calendar.TypeOf(day);
            var end = Math.Min(calendar.DayEnd(day), workspace.Count);
            for (var i = Math.Max(calendar.DayStart(day), workspace.PeriodStart); i < end; i++)
            {
                var value = workspace.Quantity[i];
                if (double.IsNaN(value))
                {
                    continue;
                }

                var key = (type * slots) + calendar.SlotOf(day, i);
                if (known[key] == 0)
                {
                    known[key] = Band(workspace, options, week, (DayType)type, calendar.SlotOf(day, i), samples, out low[key], out high[key]) ? (sbyte)1 : (sbyte)-1;
                }

                if (known[key] < 0)
                {
                    continue;
                }

                if (value > options.HighUsageFactor * high[key] && value - high[key] > minimumDifference)
                {
                    workspace.Flag(i, VeeRules.HighUsage, $"high usage: {ReasonText.Number(value)} above {ReasonText.Number(options.HighUsageFactor)} × {ReasonText.Number(high[key])}, the 90th percentile of the {options.HistoryWeeks} weeks before at this local time and day type");
                }
                else if (value < options.LowUsageFactor * low[key] && low[key] - value > minimumDifference)
                {
                    workspace.Flag(i, VeeRules.LowUsage, $"low usage: {ReasonText.Number(value)} below {ReasonText.Number(options.LowUsageFactor)} × {ReasonText.Number(low[key])}, the 10th percentile of the {options.HistoryWeeks} weeks before at this local time and day type");
                }
            }
        }
    }

    private static bool Band(VeeWorkspace workspace, VeeOptions options, int week, DayType type, int slot, double[] samples, out double low, out double high)
    {
        var calendar = workspace.Calendar;
        var count = 0;
        for (var day = week - 1; day >= Math.Max(0, week - (7 * options.HistoryWeeks)); day--)
        {
            if (calendar.TypeOf(day) != type)
            {
                continue;
            }

            var index = calendar.IndexAt(day, slot, workspace.Count, out var second);
            if (index >= 0 && workspace.IsLearnable(index))
            {
                samples[count++] = workspace.Quantity[index];
            }

            if (second >= 0 && workspace.IsLearnable(second))
            {
                samples[count++] = workspace.Quantity[second];
            }
        }

        if (count < options.HistoryMinimumSamples)
        {
            (low, high) = (0, 0);
            return false;
        }

        var sorted = samples.AsSpan(0, count);
        sorted.Sort();
        low = Percentile(sorted, 0.1);
        high = Percentile(sorted, 0.9);
        return true;
    }

    /// <summary>Linear interpolation between closest ranks (as numpy's default) of sorted values.</summary>
    internal static double Percentile(ReadOnlySpan<double> sorted, double p)
    {
        var rank = (sorted.Length - 1) * p;
        var below = (int)rank;
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((sorted[above] - sorted[below]) * (rank - below));
    }
}
