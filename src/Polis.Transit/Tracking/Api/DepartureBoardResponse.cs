namespace Polis.Transit.Tracking.Api;

/// <summary>A stop's live departure board at <see cref="GeneratedAt"/>.</summary>
public sealed record DepartureBoardResponse(string StopId, string? StopName, DateTimeOffset GeneratedAt, IReadOnlyList<DepartureResponse> Departures);
