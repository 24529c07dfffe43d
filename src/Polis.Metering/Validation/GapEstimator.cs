using Polis.Metering.Readings;
using Polis.Metering.Registers;

namespace Polis.Metering.Validation;

/// <summary>
/// Estimation. Up to <see cref="VeeOptions.LinearEstimationMaximum"/>: the register difference spread evenly over the
/// run (linear interpolation of the register), or without one a straight line between the neighbouring values.
/// Longer: the like-day profile, scaled so its total is the register difference when that is known. With neither,
/// a known register difference is still spread evenly; with nothing at all the intervals stay missing.
/// </summary>
internal static class GapEstimator
{
    /// <summary>Estimates every missing run of the period, with the register difference proven across it when known.</summary>
    public static void Run(VeeWorkspace workspace, VeeOptions options)
    {
        var buffer = Array.Empty<double>();
        for (var i = workspace.PeriodStart; i < workspace.Count;)
        {
            if (!workspace.IsMissing(i))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < workspace.Count && workspace.IsMissing(i))
            {
                i++;
            }

            double? total = workspace.ProvenGaps.TryGetValue(start, out var gap) && gap.End == i ? gap.Total : null;
            if (buffer.Length < i - start)
            {
                buffer = new double[i - start];
            }

            var estimates = buffer.AsSpan(0, i - start);
            var (method, how) = Estimate(workspace, options, start, i, total, estimates);
            var length = workspace.Grid.Step * (i - start);
            var reason = $"gap of {ReasonText.Hours(length)} from {ReasonText.Instant(workspace.Grid.StartOf(start))}"
                + (total is { } proven ? $", register difference {ReasonText.Number(proven)}" : ", no register difference")
                + $": {how}";
            for (var k = start; k < i; k++)
            {
                if (method != VeeRules.None)
                {
                    workspace.Quantity[k] = estimates[k - start];
                    workspace.Quality[k] = ReadingQuality.Estimated;
                }

                workspace.Flag(k, VeeRules.Gap | method, reason);
            }
        }
    }

    /// <summary>Fills <paramref name="into"/> with estimates of [<paramref name="start"/>, <paramref name="end"/>) and says how (None: could not).</summary>
    public static (VeeRules Method, string How) Estimate(VeeWorkspace workspace, VeeOptions options, int start, int end, double? total, Span<double> into)
    {
        var n = end - start;
        if (workspace.Grid.Step * n <= options.LinearEstimationMaximum)
        {
            if (total is { } spread)
            {
                into.Fill(spread / n);
                return (VeeRules.EstimatedLinear, $"spread evenly over {n} intervals");
            }

            if (Neighbours(workspace, start, end, into) is { } how)
            {
                return (VeeRules.EstimatedLinear, how);
            }
        }

        if (LikeDayProfile.TryBuild(workspace, options, start, end, into, out var days))
        {
            var what = $"like-day profile of up to {days} previous like days at the same local time";
            if (total is not { } target)
            {
                return (VeeRules.EstimatedLikeDay, what);
            }

            var sum = 0.0;
            foreach (var value in into)
            {
                sum += value;
            }

            if (sum > 0)
            {
                var scale = target / sum;
                foreach (ref var value in into)
                {
                    value *= scale;
                }

                return (VeeRules.EstimatedLikeDay, $"{what}, scaled by {ReasonText.Number(scale)} to the register difference");
            }
        }

        if (total is { } even)
        {
            into.Fill(even / n);
            return (VeeRules.EstimatedLinear, $"no like-day profile with consumption: spread evenly over {n} intervals");
        }

        return (VeeRules.None, "nothing to estimate from (no register difference, neighbouring values or like days)");
    }

    private static string? Neighbours(VeeWorkspace workspace, int start, int end, Span<double> into)
    {
        var left = start > 0 && workspace.IsLearnable(start - 1) ? workspace.Quantity[start - 1] : (double?)null;
        var right = end < workspace.Count && workspace.IsLearnable(end) ? workspace.Quantity[end] : (double?)null;
        if (left is null && right is null)
        {
            return null;
        }

        var (a, b) = (left ?? right!.Value, right ?? left!.Value);
        for (var k = 0; k < into.Length; k++)
        {
            into[k] = a + ((b - a) * (k + 1) / (into.Length + 1));
        }

        return $"interpolated between the neighbouring values {ReasonText.Number(a)} and {ReasonText.Number(b)}";
    }
}
