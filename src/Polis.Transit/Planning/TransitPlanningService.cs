using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polis.Transit.Timetable;
using Polis.Transit.Tracking;

namespace Polis.Transit.Planning;

/// <summary>
/// Builds planners' reports: streams the stop events of the dates asked for from the history store through one
/// analysis (nothing else is read, nothing is cached), at most <see cref="PlanningOptions.MaxConcurrentReports"/> at once.
/// </summary>
public sealed partial class TransitPlanningService(
    ITrackingHistoryStore store,
    IOptions<PlanningOptions> options,
    IOptions<TrackingOptions> trackingOptions,
    TimeProvider timeProvider,
    ILogger<TransitPlanningService> logger) : IDisposable
{
    private readonly SemaphoreSlim _turns = new(options.Value.MaxConcurrentReports);

    public PlanningOptions Options => options.Value;

    /// <summary>A report's scope on the active network; holidays are the tracker's, so day types agree with the running-time history.</summary>
    public PlanningScope Scope(TransitNetwork network, DateOnly from, DateOnly to, string? routeId) =>
        new(network, from, to, routeId, options.Value, trackingOptions.Value.Holidays, timeProvider.GetUtcNow());

    public Task<BunchingReport> BunchingAsync(PlanningScope scope, CancellationToken cancellationToken = default) =>
        BuildAsync("bunching", scope, BunchingAnalysis.AnalyzeAsync, cancellationToken);

    public Task<RunningTimeReport> RunningTimesAsync(PlanningScope scope, CancellationToken cancellationToken = default) =>
        BuildAsync("running-times", scope, RunningTimeAnalysis.AnalyzeAsync, cancellationToken);

    public Task<OnTimeReport> OnTimePerformanceAsync(PlanningScope scope, CancellationToken cancellationToken = default) =>
        BuildAsync("on-time-performance", scope, OnTimeAnalysis.AnalyzeAsync, cancellationToken);

    public void Dispose() => _turns.Dispose();

    private async Task<TReport> BuildAsync<TReport>(string name, PlanningScope scope, Func<IAsyncEnumerable<StopEvent>, PlanningScope, CancellationToken, Task<TReport>> analyze,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await _turns.WaitAsync(cancellationToken);
        try
        {
            var started = timeProvider.GetTimestamp();
            var (from, to) = scope.EventWindow();
            var read = new StrongBox<long>();
            var report = await analyze(Counted(store.StreamStopEventsAsync(from, to, scope.RouteId, cancellationToken), read, cancellationToken), scope, cancellationToken);
            LogReportBuilt(logger, name, scope.From, scope.To, scope.RouteId ?? "all routes", read.Value, (long)timeProvider.GetElapsedTime(started).TotalMilliseconds);
            return report;
        }
        finally
        {
            _turns.Release();
        }
    }

    private static async IAsyncEnumerable<StopEvent> Counted(IAsyncEnumerable<StopEvent> events, StrongBox<long> count, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var stopEvent in events.WithCancellation(cancellationToken))
        {
            count.Value++;
            yield return stopEvent;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Transit {Report} report for {From} to {To} ({Routes}): {Events} stop events read in {ElapsedMs} ms")]
    private static partial void LogReportBuilt(ILogger logger, string report, DateOnly from, DateOnly to, string routes, long events, long elapsedMs);
}
