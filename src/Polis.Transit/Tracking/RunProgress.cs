namespace Polis.Transit.Tracking;

/// <summary>
/// A vehicle's passage through its run's stops so far: progress (metres) at the last report's time, the last stop
/// it reached and the last it left, when it reached the stop it is at (null when unknown: it was first seen there),
/// and the departure from the last stop left, which times the running time of the next segment.
/// </summary>
public sealed record RunProgress(
    string RunKey,
    double Progress,
    DateTimeOffset Timestamp,
    int ArrivedIndex,
    int DepartedIndex,
    DateTimeOffset? CurrentArrival,
    bool CurrentInterpolated,
    bool CurrentPrecise,
    DateTimeOffset? LastDeparture,
    bool LastDeparturePrecise);
