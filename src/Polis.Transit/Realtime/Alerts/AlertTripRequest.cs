namespace Polis.Transit.Realtime.Alerts;

/// <summary>A trip, or one run of it (start date YYYYMMDD, start time HH:MM:SS for frequency-based trips), in a request.</summary>
public sealed record AlertTripRequest(string? TripId, string? StartDate, string? StartTime);
