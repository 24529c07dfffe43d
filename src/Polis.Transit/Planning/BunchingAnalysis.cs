using Polis.Transit.Tracking;

namespace Polis.Transit.Planning;

/// <summary>
/// Bunching and gap detection: at every boarding stop of a route direction, each vehicle's headway to the vehicle
/// before it (consecutive actual arrivals; at a trip's first stop, departures) against the timetable's headway for
/// its run there. Events must come in time order, as the store streams them; memory stays bounded by the stops and
/// routes, not the number of events (see docs/transit.md, Planning).
/// </summary>
public static class BunchingAnalysis
{
    public static Task<BunchingReport> AnalyzeAsync(IAsyncEnumerable<StopEvent> events, PlanningScope scope, CancellationToken cancellationToken = default) =>
        StopEventPass.RunAsync(events, new BunchingAccumulator(scope), cancellationToken);

    public static BunchingReport Analyze(IEnumerable<StopEvent> events, PlanningScope scope) => StopEventPass.Run(events, new BunchingAccumulator(scope));
}
