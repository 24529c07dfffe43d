namespace Polis.Transit.Feeds.Api;

/// <summary>
/// One line of a stop's timetable. <see cref="Arrival"/> and <see cref="Departure"/> are the feed's times (HH:MM:SS
/// since the service day's reference, past 24:00:00 after midnight); <see cref="ArrivalTime"/> and
/// <see cref="DepartureTime"/> the instants they mean. <see cref="StartTime"/> is the run's first departure (it tells
/// runs of a frequency-based trip apart, as GTFS-Realtime's start_time does).
/// </summary>
public sealed record StopCallResponse(
    string TripId,
    string RouteId,
    string RouteName,
    string? Headsign,
    int? DirectionId,
    string StopId,
    int StopSequence,
    string Arrival,
    string Departure,
    DateTimeOffset ArrivalTime,
    DateTimeOffset DepartureTime,
    string StartTime,
    bool IsLastStop);
