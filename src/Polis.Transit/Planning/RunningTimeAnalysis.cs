using Polis.Transit.Tracking;

namespace Polis.Transit.Planning;

/// <summary>
/// Running times per segment, whole trip and dwell, by day type and time band, against the timetable, with a
/// proposed timetable time (a high percentile of what vehicles needed, rounded). Events must come in time order;
/// each run's consecutive calls are paired as they pass (see docs/transit.md, Planning).
/// </summary>
public static class RunningTimeAnalysis
{
    public static Task<RunningTimeReport> AnalyzeAsync(IAsyncEnumerable<StopEvent> events, PlanningScope scope, CancellationToken cancellationToken = default) =>
        StopEventPass.RunAsync(events, new RunningTimeAccumulator(scope), cancellationToken);

    public static RunningTimeReport Analyze(IEnumerable<StopEvent> events, PlanningScope scope) => StopEventPass.Run(events, new RunningTimeAccumulator(scope));
}
