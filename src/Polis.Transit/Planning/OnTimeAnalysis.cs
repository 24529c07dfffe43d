using Polis.Transit.Tracking;

namespace Polis.Transit.Planning;

/// <summary>
/// On-time performance: departures at timepoints (arrivals at last stops) within the window, early or late, per
/// route, stop and hour by day type, and each route's scheduled runs observed, missed or untracked. Events must come
/// in time order (see docs/transit.md, Planning).
/// </summary>
public static class OnTimeAnalysis
{
    public static Task<OnTimeReport> AnalyzeAsync(IAsyncEnumerable<StopEvent> events, PlanningScope scope, CancellationToken cancellationToken = default) =>
        StopEventPass.RunAsync(events, new OnTimeAccumulator(scope), cancellationToken);

    public static OnTimeReport Analyze(IEnumerable<StopEvent> events, PlanningScope scope) => StopEventPass.Run(events, new OnTimeAccumulator(scope));
}
