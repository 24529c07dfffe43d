using System.Globalization;

namespace Polis.Metering.Detection;

/// <summary>
/// Zero consumption at occupied premises: an occupied home always uses some electricity (fridge, standby) and water,
/// so <see cref="DetectionOptions.ZeroUseDays"/> complete local days in a row at or below
/// <see cref="DetectionOptions.ZeroUseTolerance"/> suggest a bypass or a stopped meter. Incomplete days end a run:
/// missing data is never read as zero.
/// </summary>
public static class ZeroUseDetector
{
    /// <summary>The latest zero run reaching [<paramref name="assessFrom"/>, …) over daily totals, or null.</summary>
    public static DetectedCondition? Detect(string meterId, ReadOnlySpan<DailyTotal> days, DateOnly assessFrom, TimeZoneInfo zone, DetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        int runStart = -1, found = -1, foundStart = -1;
        for (var d = 0; d < days.Length; d++)
        {
            if (!days[d].Complete || days[d].Total > options.ZeroUseTolerance)
            {
                runStart = -1;
                continue;
            }

            runStart = runStart < 0 ? d : runStart;
            if (d - runStart + 1 >= options.ZeroUseDays && days[d].Date >= assessFrom)
            {
                (found, foundStart) = (d, runStart);
            }
        }

        if (found < 0)
        {
            return null;
        }

        double total = 0;
        for (var d = foundStart; d <= found; d++)
        {
            total += days[d].Total;
        }

        var (first, last) = (days[foundStart].Date, days[found].Date);
        var count = found - foundStart + 1;
        var summary = string.Create(CultureInfo.InvariantCulture, $"No consumption on {count} days from {first:yyyy-MM-dd} to {last:yyyy-MM-dd} at a service point marked occupied.");
        return new DetectedCondition(FindingKind.ZeroUse, meterId, LocalTime.Midnight(first, zone), LocalTime.Midnight(last.AddDays(1), zone), summary,
            new ZeroUseEvidence(first, last, count, total));
    }
}
