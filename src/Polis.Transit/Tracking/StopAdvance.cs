namespace Polis.Transit.Tracking;

/// <summary>The stops a vehicle reached and left between two reports, with its progress afterwards.</summary>
public sealed record StopAdvance(RunProgress Progress, IReadOnlyList<StopArrival> Arrivals, IReadOnlyList<StopVisit> Visits);
