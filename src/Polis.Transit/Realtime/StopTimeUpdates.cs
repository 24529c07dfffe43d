using Polis.Transit.Live;
using Polis.Transit.Timetable;
using StopTimeUpdate = Polis.Transit.Realtime.Protobuf.TripUpdate.Types.StopTimeUpdate;
using StopTimeEvent = Polis.Transit.Realtime.Protobuf.TripUpdate.Types.StopTimeEvent;

namespace Polis.Transit.Realtime;

/// <summary>
/// A vehicle's stop time updates: one per downstream stop (from its next stop on), in stop_sequence order (E002,
/// E036, E037), with stop_id and stop_sequence from the timetable, predicted arrival and departure times and
/// their delay against the schedule. The tracker's predictions are used when they name a stop of the run
/// consistently; without any, the current delay is carried over the rest of the timetable. Times are made
/// strictly increasing from stop to stop, departure never before arrival (E022, E025), whatever a predictor
/// produced; each delay is recomputed from the time it goes with, so time and delay never disagree.
/// </summary>
public static class StopTimeUpdates
{
    /// <summary>True when <see cref="Build"/> has at least one stop to describe (E041: a running trip needs one).</summary>
    public static bool CanDescribe(VehicleState vehicle, TripInstance run)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        ArgumentNullException.ThrowIfNull(run);
        return vehicle.NextStopIndex is int next && next >= 0 && next < run.Trip.Stops.Count
            && (vehicle.DelaySeconds is not null || vehicle.Predictions.Any(p => IsUsable(p, run, next)));
    }

    public static List<StopTimeUpdate> Build(VehicleState vehicle, TripInstance run)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        ArgumentNullException.ThrowIfNull(run);
        var updates = new List<StopTimeUpdate>();
        if (vehicle.NextStopIndex is not int next || next < 0 || next >= run.Trip.Stops.Count)
        {
            return updates;
        }

        var headwayBased = TripDescriptors.IsHeadwayBased(run);
        var relationship = headwayBased ? StopTimeUpdate.Types.ScheduleRelationship.Unscheduled : StopTimeUpdate.Types.ScheduleRelationship.Scheduled;
        var previous = long.MinValue;
        foreach (var (index, arrival, departure, uncertainty) in Events(vehicle, run, next))
        {
            var stop = run.Trip.Stops[index];
            var arrivalTime = Math.Max(arrival.ToUnixTimeSeconds(), previous == long.MinValue ? long.MinValue : previous + 1);
            var departureTime = Math.Max(departure.ToUnixTimeSeconds(), arrivalTime);
            previous = departureTime;
            var update = new StopTimeUpdate
            {
                StopId = stop.StopId,
                ScheduleRelationship = relationship,
                Arrival = Event(arrivalTime, run.ScheduledArrival(index), uncertainty, headwayBased),
                Departure = Event(departureTime, run.ScheduledDeparture(index), uncertainty, headwayBased),
            };
            if (stop.Sequence >= 0)
            {
                update.StopSequence = (uint)stop.Sequence;
            }

            updates.Add(update);
        }

        return updates;
    }

    /// <summary>
    /// Predicted (index, arrival, departure, uncertainty) per downstream stop, in trip order: predictions placed in a
    /// slot per stop (the first usable one for a stop wins), or the timetable shifted by the current delay.
    /// </summary>
    private static List<(int Index, DateTimeOffset Arrival, DateTimeOffset Departure, int? Uncertainty)> Events(VehicleState vehicle, TripInstance run, int next)
    {
        var slots = new StopTimePrediction?[run.Trip.Stops.Count - next];
        var found = 0;
        foreach (var prediction in vehicle.Predictions)
        {
            if (IsUsable(prediction, run, next) && slots[prediction.StopIndex - next] is null)
            {
                slots[prediction.StopIndex - next] = prediction;
                found++;
            }
        }

        var events = new List<(int, DateTimeOffset, DateTimeOffset, int?)>(found > 0 ? found : slots.Length);
        if (found > 0)
        {
            foreach (var p in slots)
            {
                if (p is not null)
                {
                    events.Add((p.StopIndex, p.Arrival, p.Departure, p.UncertaintySeconds >= 0 ? p.UncertaintySeconds : null));
                }
            }

            return events;
        }

        var delay = vehicle.DelaySeconds ?? 0;
        for (var i = next; i < run.Trip.Stops.Count; i++)
        {
            events.Add((i, run.ScheduledArrival(i).AddSeconds(delay), run.ScheduledDeparture(i).AddSeconds(delay), null));
        }

        return events;
    }

    /// <summary>A prediction for a stop at or after the next one whose index, stop id and sequence agree with the timetable.</summary>
    private static bool IsUsable(StopTimePrediction? prediction, TripInstance run, int next)
    {
        var stops = run.Trip.Stops;
        return prediction is not null && prediction.StopIndex >= next && prediction.StopIndex < stops.Count
            && string.Equals(stops[prediction.StopIndex].StopId, prediction.StopId, StringComparison.Ordinal)
            && stops[prediction.StopIndex].Sequence == prediction.StopSequence;
    }

    /// <summary>
    /// Time always; delay (time minus the timetable) unless the run is headway-based and has no timetable to be
    /// late against; uncertainty when the predictor gave one.
    /// </summary>
    private static StopTimeEvent Event(long time, DateTimeOffset scheduled, int? uncertainty, bool headwayBased)
    {
        var stopTimeEvent = new StopTimeEvent { Time = time };
        if (!headwayBased)
        {
            stopTimeEvent.Delay = (int)Math.Clamp(time - scheduled.ToUnixTimeSeconds(), int.MinValue, int.MaxValue);
        }

        if (uncertainty is int value)
        {
            stopTimeEvent.Uncertainty = value;
        }

        return stopTimeEvent;
    }
}
