namespace Polis.Transit.Feeds.Api;

/// <summary>A stop of a trip: the feed's sequence, times (blank ones interpolated) and metres along the trip's shape.</summary>
public sealed record TripStopResponse(int Sequence, string StopId, string StopName, string Arrival, string Departure, double DistanceMetres, bool Timepoint, int PickupType, int DropOffType);
