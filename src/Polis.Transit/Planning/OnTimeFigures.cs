namespace Polis.Transit.Planning;

/// <summary>Departures measured (arrivals at last stops), how many were on time, early and late, and their shares (percent).</summary>
public sealed record OnTimeFigures(long Measured, long OnTime, long Early, long Late, double? OnTimePercent, double? EarlyPercent, double? LatePercent);
