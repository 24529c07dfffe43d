using System.Globalization;

namespace Polis.Metering.Detection;

/// <summary>
/// Spikes in daily consumption by the modified z-score M = 0.6745 (x − median) / MAD over the
/// <see cref="DetectionOptions.AnomalyWindowDays"/> complete days before each day (Iglewicz and Hoaglin, "How to Detect
/// and Handle Outliers", ASQC 1993): median and MAD ignore the outliers that inflate a mean and standard deviation.
/// When more than half the reference days are equal (MAD 0) the mean absolute deviation × 1.2533 stands in (the same
/// authors' fallback). Upward only: a drop is zero use's or a change point's business. At least half the window
/// must be complete days.
/// </summary>
public static class SpikeDetector
{
    public static DetectedCondition? Detect(string meterId, ReadOnlySpan<DailyTotal> days, DateOnly assessFrom, TimeZoneInfo zone, DetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var window = options.AnomalyWindowDays;
        Span<double> scratch = window <= 512 ? stackalloc double[window] : new double[window];
        DetectedCondition? found = null;
        for (var d = 0; d < days.Length; d++)
        {
            if (!days[d].Complete || days[d].Date < assessFrom)
            {
                continue;
            }

            var n = 0;
            double sum = 0;
            for (var r = Math.Max(0, d - window); r < d; r++)
            {
                if (days[r].Complete)
                {
                    sum += scratch[n++] = days[r].Total;
                }
            }

            if (n < window / 2)
            {
                continue;
            }

            var mean = sum / n;
            double meanDeviation = 0;
            for (var i = 0; i < n; i++)
            {
                meanDeviation += Math.Abs(scratch[i] - mean) / n;
            }

            var (median, mad) = RobustStatistics.MedianAndMad(scratch[..n]);
            // Scales below 1 % of the median are floored there: days equal to rounding make any difference "infinite".
            var floor = Math.Max(Math.Abs(median) * 0.01, 1e-9);
            var score = mad > 0 ? 0.6745 * (days[d].Total - median) / Math.Max(mad, floor)
                : (days[d].Total - mean) / Math.Max(1.2533 * meanDeviation, floor);
            if (score > options.SpikeScore)
            {
                var summary = string.Create(CultureInfo.InvariantCulture,
                    $"{days[d].Total:0.###} on {days[d].Date:yyyy-MM-dd} against a median of {median:0.###} over {n} days (score {score:0.#}, threshold {options.SpikeScore:0.#}).");
                found = new DetectedCondition(FindingKind.Spike, meterId, LocalTime.Midnight(days[d].Date, zone), LocalTime.Midnight(days[d].Date.AddDays(1), zone),
                    summary, new SpikeEvidence(days[d].Date, days[d].Total, median, mad, score, options.SpikeScore, n));
            }
        }

        return found;
    }
}
