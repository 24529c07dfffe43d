using Polis.Transit.Gtfs;

namespace Polis.Transit.Feeds.Api;

/// <summary>A trip with its stop times; a frequency-based trip's times are the template each run shifts.</summary>
public sealed record TripResponse(string Id, string RouteId, string ServiceId, string? Headsign, string? ShortName, int? DirectionId, string? BlockId, string? ShapeId,
    IReadOnlyList<GtfsFrequency> Frequencies, IReadOnlyList<TripStopResponse> Stops);
