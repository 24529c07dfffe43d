using Polis.Transit.Live;
using Polis.Transit.Timetable;

namespace Polis.Transit.Tracking;

/// <summary>
/// Arrival and departure predictions for every stop ahead of a vehicle on its run. From where the vehicle is, the
/// segments ahead take their expected running time: the history's mean for the segment, day type and hour, blended
/// with the scheduled running time by the amount of history (weight n / (n + prior)); dwells likewise. The start
/// instant is corrected by the delay filter (the report's own deviation minus the filtered delay, capped), so one
/// noisy fix does not shift every prediction. Vehicles do not leave timepoints (or their first stop) before the
/// scheduled departure. The uncertainty adds the filter's variance and each segment's and dwell's variance, so it
/// grows with the horizon. Output is sorted by stop with times never decreasing.
/// </summary>
public static class ArrivalPredictor
{
    /// <summary>The most the delay filter may move the start instant (a real, sudden delay is followed instead).</summary>
    public const double MaxCorrectionSeconds = 60;

    /// <summary>Without history, a segment's running time varies by this share of its scheduled time, plus a few seconds.</summary>
    public const double ScheduleVariation = 0.15;

    public static IReadOnlyList<StopTimePrediction> Predict(PredictionInput input, IRunningTimeHistory history, TrackingOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(options);
        var run = input.Run;
        var trip = run.Trip;
        var stops = trip.Stops;
        var progress = input.Progress;
        var first = progress.DepartedIndex + 1;
        if (first >= stops.Count)
        {
            return [];
        }

        var now = input.ReportTime;
        var holds = !trip.IsFrequencyBased || trip.Frequencies.Any(f => f.ExactTimes);
        var localOffset = input.TimeZone.GetUtcOffset(now);
        var t = now.AddSeconds(Math.Clamp(input.Delay.DelaySeconds - input.ObservedDeviationSeconds, -MaxCorrectionSeconds, MaxCorrectionSeconds));
        var variance = input.Delay.Variance;
        var predictions = new List<StopTimePrediction>(stops.Count - first);
        for (var j = first; j < stops.Count; j++)
        {
            var stop = stops[j];
            DateTimeOffset arrival;
            if (j == progress.ArrivedIndex)
            {
                arrival = progress.CurrentArrival ?? now;
            }
            else
            {
                if (j > 0)
                {
                    var span = stop.DistanceMetres - stops[j - 1].DistanceMetres;
                    var share = j > first || span <= 0 ? 1 : Math.Clamp((stop.DistanceMetres - progress.Progress) / span, 0, 1);
                    var (mean, spread) = Expected(
                        history.Segment(new SegmentKey(trip.Route.Id, stops[j - 1].StopId, stop.StopId, input.DayType, Hour(t, localOffset))),
                        stop.Arrival - stops[j - 1].Departure,
                        options);
                    t = t.AddSeconds(mean * share);
                    variance += spread * share;
                }

                arrival = t < now ? now : t;
            }

            var departure = arrival;
            if (j < stops.Count - 1)
            {
                var (dwell, dwellSpread) = Expected(history.Dwell(new DwellKey(trip.Route.Id, stop.StopId, input.DayType, Hour(arrival, localOffset))), stop.Departure - stop.Arrival, options);
                departure = arrival.AddSeconds(dwell);
                variance += dwellSpread;
                if (j == progress.ArrivedIndex && departure < now)
                {
                    departure = now;
                }

                if ((j == 0 || (holds && stop.Timepoint)) && departure < run.ScheduledDeparture(j))
                {
                    departure = run.ScheduledDeparture(j);
                }
            }

            arrival = WholeSeconds(arrival);
            departure = WholeSeconds(departure);
            predictions.Add(new StopTimePrediction(
                j,
                stop.StopId,
                stop.Sequence,
                arrival,
                departure,
                (int)(arrival - run.ScheduledArrival(j)).TotalSeconds,
                (int)(departure - run.ScheduledDeparture(j)).TotalSeconds,
                (int)Math.Round(Math.Sqrt(variance))));
            t = departure;
        }

        return predictions;
    }

    /// <summary>The history blended with the schedule by the amount of history: (mean, variance) in seconds.</summary>
    public static (double Mean, double Variance) Expected(RunningStats history, double scheduledSeconds, TrackingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        scheduledSeconds = Math.Max(0, scheduledSeconds);
        var scheduleSpread = (ScheduleVariation * scheduledSeconds) + 5;
        var scheduleVariance = scheduleSpread * scheduleSpread;
        if (history.Count == 0)
        {
            return (scheduledSeconds, scheduleVariance);
        }

        var weight = history.Count / (double)(history.Count + options.HistoryPriorCount);
        var historyVariance = history.Count > 1 ? history.Variance : scheduleVariance;
        return ((weight * history.Mean) + ((1 - weight) * scheduledSeconds), (weight * historyVariance) + ((1 - weight) * scheduleVariance));
    }

    private static int Hour(DateTimeOffset instant, TimeSpan localOffset) => (instant.UtcDateTime + localOffset).Hour;

    /// <summary>Rounded to the nearest second (rounding keeps the order of the times it rounds).</summary>
    private static DateTimeOffset WholeSeconds(DateTimeOffset instant) =>
        new((instant.UtcTicks + (TimeSpan.TicksPerSecond / 2)) / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);
}
