using System.Globalization;
using Polis.Metering.Meters;
using Polis.Metering.Readings;

namespace Polis.Metering.Detection;

/// <summary>
/// Minimum night flow (MNF), the water industry's standard leak indicator: between 02:00 and 05:00 a household
/// hardly draws water, so the lowest hourly flow of the night is what leaks (IWA Water Loss Task Force; Farley and
/// Trow, "Losses in Water Distribution Networks", IWA 2003, ch. 6). A leak is reported when that minimum stays above
/// the meter's base flow by more than the threshold of its service point's kind on <see cref="DetectionOptions.LeakNights"/>
/// consecutive complete nights. The base flow is the lowest complete night minimum of the
/// <see cref="DetectionOptions.BaseFlowNights"/> nights before each night (0 without them): about zero for a household's
/// water meter, the circulation of a loop that legitimately never stops. An open finding keeps the base it was raised
/// against (<c>knownBaseFlow</c>), so a lasting leak is never learned as normal.
/// </summary>
public static class NightFlowDetector
{
    /// <summary>Each local night's minimum flow (quantity per hour of a value) from <paramref name="from"/> to <paramref name="to"/> (exclusive).</summary>
    public static NightMinimum[] Minima(ReadOnlySpan<IntervalValue> values, DateOnly from, DateOnly to, TimeZoneInfo zone, DetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var count = Math.Max(0, to.DayNumber - from.DayNumber);
        var minima = new double[count];
        var covered = new long[count];
        Array.Fill(minima, double.PositiveInfinity);
        foreach (var value in values)
        {
            var (date, hour) = LocalTime.DateAndHour(value.Start, zone);
            var night = date.DayNumber - from.DayNumber;
            if (night < 0 || night >= count || hour < options.NightFromHour || hour >= options.NightToHour || !value.IsBillable)
            {
                continue;
            }

            minima[night] = Math.Min(minima[night], value.Quantity / value.Length.TotalHours);
            covered[night] += value.Length.Ticks;
        }

        var nights = new NightMinimum[count];
        for (var n = 0; n < count; n++)
        {
            var date = from.AddDays(n);
            var window = LocalTime.At(date, options.NightToHour, zone) - LocalTime.At(date, options.NightFromHour, zone);
            nights[n] = new NightMinimum(date, covered[n] == 0 ? double.NaN : minima[n], covered[n] == window.Ticks);
        }

        return nights;
    }

    /// <summary>
    /// The latest leak run reaching a night in [<paramref name="assessFrom"/>, <paramref name="assessTo"/>), or null.
    /// <paramref name="values"/> should start <see cref="DetectionOptions.LookbackDays"/> before <paramref name="assessFrom"/>.
    /// </summary>
    public static DetectedCondition? Detect(
        string meterId, ReadOnlySpan<IntervalValue> values, ServicePointKind kind, DateOnly assessFrom, DateOnly assessTo, TimeZoneInfo zone,
        DetectionOptions options, double? knownBaseFlow = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var from = assessFrom.AddDays(-(options.BaseFlowNights + options.LeakNights));
        var nights = Minima(values, from, assessTo, zone, options);
        var bases = BaseFlows(nights, options.BaseFlowNights, knownBaseFlow);
        var threshold = options.NightFlowThreshold(kind);
        int runStart = -1, found = -1, foundStart = -1;
        for (var n = 0; n < nights.Length; n++)
        {
            if (!nights[n].Complete || nights[n].Minimum - bases[n] <= threshold)
            {
                runStart = -1;
                continue;
            }

            runStart = runStart < 0 ? n : runStart;
            if (n - runStart + 1 >= options.LeakNights && nights[n].Date >= assessFrom)
            {
                (found, foundStart) = (n, runStart);
            }
        }

        return found < 0 ? null : Condition(meterId, nights, bases, foundStart, found, threshold, zone, options);
    }

    /// <summary>The base flow of each night: the lowest complete minimum of the <paramref name="window"/> nights before it.</summary>
    public static double[] BaseFlows(NightMinimum[] nights, int window, double? known)
    {
        ArgumentNullException.ThrowIfNull(nights);
        var bases = new double[nights.Length];
        for (var n = 0; n < nights.Length; n++)
        {
            if (known is { } fixedBase)
            {
                bases[n] = fixedBase;
                continue;
            }

            var lowest = double.PositiveInfinity;
            for (var m = Math.Max(0, n - window); m < n; m++)
            {
                lowest = nights[m].Complete ? Math.Min(lowest, nights[m].Minimum) : lowest;
            }

            bases[n] = double.IsPositiveInfinity(lowest) ? 0 : lowest;
        }

        return bases;
    }

    private static DetectedCondition Condition(
        string meterId, NightMinimum[] nights, double[] bases, int first, int last, double threshold, TimeZoneInfo zone, DetectionOptions options)
    {
        var run = nights[first..(last + 1)];
        var baseFlow = bases[first];
        var rate = run.Average(n => n.Minimum) - baseFlow;
        var evidence = new NightFlowEvidence(run, baseFlow, threshold, rate, rate * 24);
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"Night flow {run[^1].Minimum:0.###} m3/h on {run.Length} nights from {run[0].Date:yyyy-MM-dd} (base {baseFlow:0.###}, threshold {threshold:0.###}): leak of about {rate:0.###} m3/h, {rate * 24:0.##} m3 a day.");
        return new DetectedCondition(FindingKind.NightFlow, meterId, LocalTime.At(run[0].Date, options.NightFromHour, zone),
            LocalTime.At(run[^1].Date, options.NightToHour, zone), summary, evidence);
    }
}
