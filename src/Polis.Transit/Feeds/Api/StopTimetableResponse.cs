namespace Polis.Transit.Feeds.Api;

/// <summary>A stop's (or a station's, with its platforms') calls on one service date, by departure.</summary>
public sealed record StopTimetableResponse(string StopId, string StopName, DateOnly Date, string TimeZone, long FeedId, IReadOnlyList<StopCallResponse> Calls);
