using System.Globalization;

namespace Polis.Metering.Detection;

/// <summary>
/// Change points in daily consumption by a two-sided tabular CUSUM (Page, "Continuous Inspection Schemes",
/// Biometrika 1954; Montgomery, "Introduction to Statistical Quality Control", §9.1): over the
/// <see cref="DetectionOptions.ChangeSpanDays"/> days up to the assessed day, standardised against the median and
/// MAD × 1.4826 of the <see cref="DetectionOptions.AnomalyWindowDays"/> days before them, S⁺ = max(0, S⁺ + z − k) and
/// S⁻ = max(0, S⁻ − z − k) signal a lasting shift up or down once above h. A single spike adds at most one z − k,
/// and each day's score is clipped to ±<see cref="DetectionOptions.ChangeClip"/>, so one outlier cannot signal; a
/// step adds its share every day. Incomplete days are skipped, never read as zero.
/// </summary>
public static class ChangePointDetector
{
    public static DetectedCondition? Detect(string meterId, ReadOnlySpan<DailyTotal> days, DateOnly assessFrom, TimeZoneInfo zone, DetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var spanStart = assessFrom.AddDays(-options.ChangeSpanDays);
        var first = 0;
        while (first < days.Length && days[first].Date < spanStart)
        {
            first++;
        }

        var window = options.AnomalyWindowDays;
        Span<double> scratch = window <= 512 ? stackalloc double[window] : new double[window];
        var n = 0;
        for (var r = Math.Max(0, first - window); r < first; r++)
        {
            if (days[r].Complete)
            {
                scratch[n++] = days[r].Total;
            }
        }

        if (n < window / 2)
        {
            return null;
        }

        var (median, mad) = RobustStatistics.MedianAndMad(scratch[..n]);
        var sigma = Math.Max(mad * RobustStatistics.NormalConsistency, Math.Max(Math.Abs(median) * 0.01, 1e-9));
        double up = 0, down = 0;
        int upSince = first, downSince = first;
        DetectedCondition? found = null;
        for (var d = first; d < days.Length; d++)
        {
            if (!days[d].Complete)
            {
                continue;
            }

            var z = Math.Clamp((days[d].Total - median) / sigma, -options.ChangeClip, options.ChangeClip);
            (up, upSince) = up + z - options.ChangeAllowance > 0 ? (up + z - options.ChangeAllowance, up == 0 ? d : upSince) : (0, d + 1);
            (down, downSince) = down - z - options.ChangeAllowance > 0 ? (down - z - options.ChangeAllowance, down == 0 ? d : downSince) : (0, d + 1);
            if (days[d].Date >= assessFrom && Math.Max(up, down) > options.ChangeThreshold)
            {
                var rising = up >= down;
                found = Condition(meterId, days, rising ? upSince : downSince, d, rising, median, sigma, rising ? up : down, zone, options);
            }
        }

        return found;
    }

    private static DetectedCondition Condition(
        string meterId, ReadOnlySpan<DailyTotal> days, int since, int last, bool rising, double median, double sigma, double cusum, TimeZoneInfo zone, DetectionOptions options)
    {
        double sum = 0;
        var count = 0;
        for (var d = since; d <= last; d++)
        {
            if (days[d].Complete)
            {
                sum += days[d].Total;
                count++;
            }
        }

        var mean = sum / Math.Max(1, count);
        var direction = rising ? "up" : "down";
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"Daily consumption moved {direction} from a median of {median:0.###} to a mean of {mean:0.###} since {days[since].Date:yyyy-MM-dd} (CUSUM {cusum:0.#} > {options.ChangeThreshold:0.#}).");
        return new DetectedCondition(FindingKind.ChangePoint, meterId, LocalTime.Midnight(days[since].Date, zone), LocalTime.Midnight(days[last].Date.AddDays(1), zone),
            summary, new ChangePointEvidence(days[since].Date, direction, median, sigma, mean, cusum, options.ChangeThreshold));
    }
}
