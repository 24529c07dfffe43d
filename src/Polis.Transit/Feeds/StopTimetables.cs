using Polis.Transit.Feeds.Api;
using Polis.Transit.Gtfs;
using Polis.Transit.Timetable;

namespace Polis.Transit.Feeds;

/// <summary>A stop's timetable as the API returns it: a station's timetable is its platforms' calls together.</summary>
internal static class StopTimetables
{
    public static StopTimetableResponse For(TransitNetwork network, GtfsStop stop, DateOnly date)
    {
        var stopIds = stop.LocationType == GtfsLocationType.Station
            ? network.Stops.Values.Where(s => s.ParentStation == stop.Id).Select(s => s.Id).Prepend(stop.Id)
            : [stop.Id];
        var calls = stopIds.SelectMany(s => network.StopTimetable(s, date)).OrderBy(c => c.Departure).Select(Call).ToList();
        return new StopTimetableResponse(stop.Id, stop.Name, date, network.TimeZone.Id, network.FeedId, calls);
    }

    private static StopCallResponse Call(StopCall call)
    {
        var trip = call.Instance.Trip;
        var stop = call.Stop;
        var offset = call.Instance.RunOffset;
        return new StopCallResponse(trip.Id, trip.Route.Id, trip.Route.DisplayName, trip.Trip.Headsign, trip.Trip.DirectionId, stop.StopId, stop.Sequence,
            GtfsTime.Format(stop.Arrival + offset), GtfsTime.Format(stop.Departure + offset), call.Arrival, call.Departure, call.Instance.StartTimeText, call.IsLastStop);
    }
}
