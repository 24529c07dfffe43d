namespace Polis.Transit.Planning;

/// <summary>On-time performance of one route at one of its stops.</summary>
public sealed record OnTimeStopRow(string RouteId, string StopId, string? StopName, OnTimeFigures Figures);
