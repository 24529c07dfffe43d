using Polis.Transit.Geometry;
using Polis.Transit.Gtfs;

namespace Polis.Transit.Timetable;

/// <summary>
/// A trip of the timetable with its route, its stops in order and its shape. For a frequency-based trip the
/// stop times are a template that each run shifts (see <see cref="TripInstance"/>).
/// </summary>
public sealed class ScheduledTrip(GtfsTrip trip, GtfsRoute route, ShapeLine shape, bool shapeFromStops, ScheduledStop[] stops, IReadOnlyList<GtfsFrequency> frequencies)
{
    public string Id => Trip.Id;

    public GtfsTrip Trip { get; } = trip;

    public GtfsRoute Route { get; } = route;

    /// <summary>The feed's shape, or a line through the stops when the trip has none (<see cref="ShapeFromStops"/>).</summary>
    public ShapeLine Shape { get; } = shape;

    public bool ShapeFromStops { get; } = shapeFromStops;

    public IReadOnlyList<ScheduledStop> Stops { get; } = stops;

    public IReadOnlyList<GtfsFrequency> Frequencies { get; } = frequencies;

    public bool IsFrequencyBased => Frequencies.Count > 0;

    public int FirstDeparture => Stops[0].Departure;

    public int LastArrival => Stops[^1].Arrival;

    /// <summary>The index of the stop with the feed's <paramref name="stopSequence"/>, or -1.</summary>
    public int IndexOfSequence(int stopSequence)
    {
        for (var i = 0; i < Stops.Count; i++)
        {
            if (Stops[i].Sequence == stopSequence)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The runs of this trip in one service day as offsets added to the template times: one run at offset 0 for a
    /// scheduled trip, one per headway for a frequency-based one.
    /// </summary>
    public IEnumerable<int> RunOffsets()
    {
        if (!IsFrequencyBased)
        {
            yield return 0;
            yield break;
        }

        foreach (var frequency in Frequencies)
        {
            if (frequency.HeadwaySeconds <= 0)
            {
                continue;
            }

            for (var start = frequency.StartSeconds; start < frequency.EndSeconds; start += frequency.HeadwaySeconds)
            {
                yield return start - FirstDeparture;
            }
        }
    }

    public override string ToString() => Id;
}
