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
        var history = new HistoryDays(options.HistoryWeeks);
        var minimumDifference = options.UsageMinimumDifferencePerHour * workspace.StepHours;
        var week = int.MinValue;
        for (var day = calendar.DayOf(workspace.PeriodStart); day < calendar.DayCount; day++)
        {
            if (calendar.WeekStart(day) != week)
            {
                week = calendar.WeekStart(day);
                history.Collect(calendar, week);
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
                    known[key] = Band(workspace, options, history.Of(type), calendar.SlotOf(day, i), samples, out low[key], out high[key]) ? (sbyte)1 : (sbyte)-1;
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

    private static bool Band(VeeWorkspace workspace, VeeOptions options, ReadOnlySpan<int> days, int slot, double[] samples, out double low, out double high)
    {
        var calendar = workspace.Calendar;
        var count = 0;
        foreach (var day in days)
        {
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

        (low, high) = Percentiles.Of(samples.AsSpan(0, count), 0.1, 0.9);
        return true;
    }

    /// <summary>The days of each day type in the whole weeks before a week (within the calendar).</summary>
    private sealed class HistoryDays(int weeks)
    {
        private readonly int[][] _days = [new int[weeks * 7], new int[weeks * 7], new int[weeks * 7]];
        private readonly int[] _counts = new int[DayTypes];

        public void Collect(LocalCalendar calendar, int week)
        {
            Array.Clear(_counts);
            for (var day = week - 1; day >= Math.Max(0, week - (7 * weeks)); day--)
            {
                var type = (int)calendar.TypeOf(day);
                _days[type][_counts[type]++] = day;
            }
        }

        public ReadOnlySpan<int> Of(int type) => _days[type].AsSpan(0, _counts[type]);
    }
}
