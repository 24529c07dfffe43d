using Polis.Transit.Tracking;

namespace Polis.Transit.Planning;

/// <summary>The observed and scheduled times of one running-time cell, kept whole for exact percentiles.</summary>
internal sealed class RunningTimeCell(int stopIndex)
{
    private readonly List<double> _observed = [];
    private readonly List<int> _scheduled = [];

    /// <summary>Where the cell starts in its trip: rows are listed in stop order.</summary>
    public int StopIndex { get; } = stopIndex;

    public void Add(double observedSeconds, int scheduledSeconds)
    {
        _observed.Add(observedSeconds);
        _scheduled.Add(scheduledSeconds);
    }

    public RunningTimeRow ToRow(RunningTimeCellKey key, PlanningScope scope)
    {
        var observed = _observed.ToArray();
        Array.Sort(observed);
        var scheduled = _scheduled.ToArray();
        Array.Sort(scheduled);
        var options = scope.Options;
        var scheduledMedian = (int)Math.Round(Percentiles.Of([.. scheduled.Select(s => (double)s)], 50));
        var percentile = Percentiles.Of(observed, options.ProposedPercentile);
        int? proposed = observed.Length >= options.MinObservations ? Percentiles.RoundTo(percentile, options.RoundingSeconds) : null;
        var note = proposed is null ? $"only {observed.Length} of the {options.MinObservations} observations a proposal needs" : null;
        return new RunningTimeRow(key.RouteId, key.Direction < 0 ? null : key.Direction, key.Kind, key.FromStopId, StopName(scope, key.FromStopId),
            key.ToStopId, StopName(scope, key.ToStopId), key.DayType, scope.Bands.All[key.Band].Name, scheduledMedian, observed.Length,
            Math.Round(observed.Average(), 1), Math.Round(Percentiles.Of(observed, 50), 1), Math.Round(percentile, 1), proposed, proposed - scheduledMedian, note);
    }

    private static string? StopName(PlanningScope scope, string stopId) => scope.Network.Stops.TryGetValue(stopId, out var stop) ? stop.Name : null;
}
