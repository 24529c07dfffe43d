namespace Polis.Transit.Realtime.Cancellations;

/// <summary>
/// An operator cancels a run (POST /api/v1/transit/cancellations): the trip, its service date (YYYY-MM-DD or
/// YYYYMMDD), the start time HH:MM:SS (needed for frequency-based trips, whose runs share a trip id) and why.
/// </summary>
public sealed record TripCancellationRequest(string? TripId, string? ServiceDate, string? StartTime, string? Reason);
