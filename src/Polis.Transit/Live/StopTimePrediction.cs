namespace Polis.Transit.Live;

/// <summary>
/// The predicted arrival and departure of a vehicle at one downstream stop of its trip (GTFS-RT StopTimeUpdate).
/// Delays are against the scheduled times (positive = late); uncertainty is one standard deviation in seconds.
/// </summary>
public sealed record StopTimePrediction(
    int StopIndex,
    string StopId,
    int StopSequence,
    DateTimeOffset Arrival,
    DateTimeOffset Departure,
    int ArrivalDelaySeconds,
    int DepartureDelaySeconds,
    int UncertaintySeconds);
