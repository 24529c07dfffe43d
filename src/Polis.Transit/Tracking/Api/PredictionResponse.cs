namespace Polis.Transit.Tracking.Api;

/// <summary>A vehicle's predicted call at a downstream stop, beside the scheduled one (uncertainty: one standard deviation, s).</summary>
public sealed record PredictionResponse(
    int StopIndex,
    string StopId,
    string? StopName,
    int StopSequence,
    DateTimeOffset ScheduledArrival,
    DateTimeOffset ScheduledDeparture,
    DateTimeOffset Arrival,
    DateTimeOffset Departure,
    int ArrivalDelaySeconds,
    int DepartureDelaySeconds,
    int UncertaintySeconds);
