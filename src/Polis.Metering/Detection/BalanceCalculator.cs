using System.Globalization;

namespace Polis.Metering.Detection;

/// <summary>
/// The balance of a feeder or district meter against the sum of the meters it supplies (electricity losses,
/// non-revenue water: IWA water balance, Alegre et al., "Performance Indicators for Water Supply Services", 2006).
/// A day counts only when the feeder and every member have complete validated data: a missing household is never
/// read as zero use, which would show as losses.
/// </summary>
public static class BalanceCalculator
{
    /// <summary>Per-day balance; <paramref name="members"/> are the members' daily totals over the same days as the feeder's.</summary>
    public static BalanceDay[] Daily(ReadOnlySpan<DailyTotal> feeder, IReadOnlyList<DailyTotal[]> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var days = new BalanceDay[feeder.Length];
        for (var d = 0; d < feeder.Length; d++)
        {
            double customers = 0;
            var incomplete = 0;
            foreach (var member in members)
            {
                if (d < member.Length && member[d].Complete)
                {
                    customers += member[d].Total;
                }
                else
                {
                    incomplete++;
                }
            }

            var complete = feeder[d].Complete && incomplete == 0;
            var input = feeder[d].Total;
            days[d] = complete
                ? new BalanceDay(feeder[d].Date, input, customers, input - customers, input > 0 ? 100 * (input - customers) / input : null, true, true, 0)
                : new BalanceDay(feeder[d].Date, null, null, null, null, false, feeder[d].Complete, incomplete);
        }

        return days;
    }

    /// <summary>A loss finding on the feeder when the period's losses exceed <paramref name="thresholdPercent"/> over enough complete days.</summary>
    public static DetectedCondition? Detect(string feederMeterId, IReadOnlyList<BalanceDay> days, int members, double thresholdPercent, TimeZoneInfo zone, DetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(options);
        var summary = BalanceSummary.Of(days);
        if (days.Count == 0 || summary.CompleteDays < options.BalanceMinimumDays || summary.LossPercent is not { } percent || percent <= thresholdPercent)
        {
            return null;
        }

        var (first, last) = (days[0].Date, days[^1].Date);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Losses of {percent:0.#} % ({summary.Losses:0.###} of {summary.Input:0.###}) over {summary.CompleteDays} complete days from {first:yyyy-MM-dd} ({summary.IncompleteDays} incomplete), above {thresholdPercent:0.#} %.");
        return new DetectedCondition(FindingKind.Losses, feederMeterId, LocalTime.Midnight(first, zone), LocalTime.Midnight(last.AddDays(1), zone), text,
            new BalanceEvidence(first, last, summary, thresholdPercent, members));
    }
}
