using Polis.Metering.Registers;

namespace Polis.Metering.Validation;

/// <summary>The checks that look at a value and its neighbours: negative consumption, spikes and zero streaks.</summary>
internal static class ValueChecks
{
    public static void Run(VeeWorkspace workspace, VeeOptions options)
    {
        Negatives(workspace);
        Spikes(workspace, options);
        ZeroStreaks(workspace, options);
    }

    private static void Negatives(VeeWorkspace workspace)
    {
        var quantity = workspace.Quantity;
        for (var i = workspace.PeriodStart; i < quantity.Length; i++)
        {
            if (quantity[i] < 0)
            {
                workspace.Flag(i, VeeRules.NegativeConsumption, $"negative consumption {ReasonText.Number(quantity[i])}");
            }
        }
    }

    /// <summary>A value far above the mean of the values within the window on each side (itself excluded); a running sum keeps it O(n).</summary>
    private static void Spikes(VeeWorkspace workspace, VeeOptions options)
    {
        var quantity = workspace.Quantity;
        var half = (int)(options.SpikeWindow.Ticks / workspace.Grid.Step.Ticks);
        var minimumExcess = options.SpikeMinimumExcessPerHour * workspace.StepHours;
        double sum = 0;
        var count = 0;
        var lo = Math.Max(0, workspace.PeriodStart - half);
        var hi = lo;
        for (var i = workspace.PeriodStart; i < quantity.Length; i++)
        {
            // Window [i - half, i + half]: drop what fell out on the left, take in what entered on the right.
            for (; lo < i - half; lo++)
            {
                if (Counts(quantity[lo]))
                {
                    sum -= quantity[lo];
                    count--;
                }
            }

            for (; hi <= i + half && hi < quantity.Length; hi++)
            {
                if (Counts(quantity[hi]))
                {
                    sum += quantity[hi];
                    count++;
                }
            }

            var value = quantity[i];
            if (!Counts(value) || count < 2)
            {
                continue;
            }

            var mean = (sum - value) / (count - 1);
            if (value > options.SpikeFactor * mean && value - mean > minimumExcess)
            {
                workspace.Flag(i, VeeRules.Spike, $"spike: {ReasonText.Number(value)} against a mean of {ReasonText.Number(mean)} in the {ReasonText.Hours(options.SpikeWindow)} on each side");
            }
        }
    }

    private static bool Counts(double value) => value >= 0;

    /// <summary>Runs of exact zeros at least the limit long (history counts towards the length; only the period is flagged).</summary>
    private static void ZeroStreaks(VeeWorkspace workspace, VeeOptions options)
    {
        var quantity = workspace.Quantity;
        var minimum = (int)Math.Ceiling((double)options.ZeroStreakMinimum.Ticks / workspace.Grid.Step.Ticks);
        for (var i = 0; i < quantity.Length;)
        {
            if (quantity[i] != 0)
            {
                i++;
                continue;
            }

            var start = i;
            while (i < quantity.Length && quantity[i] == 0)
            {
                i++;
            }

            if (i - start >= minimum && i > workspace.PeriodStart)
            {
                var length = workspace.Grid.Step * (i - start);
                var reason = $"no consumption for {ReasonText.Hours(length)} from {ReasonText.Instant(workspace.Grid.StartOf(start))} to {ReasonText.Instant(workspace.Grid.StartOf(i))}";
                for (var k = Math.Max(start, workspace.PeriodStart); k < i; k++)
                {
                    workspace.Flag(k, VeeRules.ZeroStreak, reason);
                }
            }
        }
    }
}
