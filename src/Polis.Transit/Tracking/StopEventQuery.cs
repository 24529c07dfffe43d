namespace Polis.Transit.Tracking;

/// <summary>Recorded stop events with <see cref="StopEvent.Time"/> in [From, To), optionally of one route and/or stop, oldest first.</summary>
public sealed record StopEventQuery(DateTimeOffset From, DateTimeOffset To, string? RouteId = null, string? StopId = null, int Limit = 10_000);
