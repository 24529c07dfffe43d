using Polis.Transit.Tracking;

namespace Polis.Transit.Planning;

/// <summary>The running figures behind one <see cref="HeadwaySummary"/> (deviations as a Welford aggregate).</summary>
internal sealed class HeadwayTally : IStopOrderedTally
{
    private RunningStats _deviation;
    private double _scheduledSum;
    private double _observedSum;

    public bool HeadwayBased { get; set; }

    public long Excluded { get; set; }

    public long Bunched { get; private set; }

    public long Gaps { get; private set; }

    public int FirstStopIndex { get; set; } = int.MaxValue;

    public void Add(double observedSeconds, double scheduledSeconds, HeadwayIncidentKind? incident)
    {
        _deviation = _deviation.Add(observedSeconds - scheduledSeconds);
        _scheduledSum += scheduledSeconds;
        _observedSum += observedSeconds;
        Bunched += incident == HeadwayIncidentKind.Bunching ? 1 : 0;
        Gaps += incident == HeadwayIncidentKind.Gap ? 1 : 0;
    }

    public HeadwaySummary ToSummary(string? routeId, int? directionId, string? stopId, string? stopName)
    {
        var n = _deviation.Count;
        double? cv = null;
        if (n > 0 && _scheduledSum > 0)
        {
            // Population standard deviation, as TCQSM computes it over the observed headways.
            cv = Math.Round(Math.Sqrt(_deviation.M2 / n) / (_scheduledSum / n), 3);
        }

        return new HeadwaySummary(routeId, directionId, stopId, stopName, HeadwayBased, n, Excluded,
            n == 0 ? null : Math.Round(_scheduledSum / n, 1), n == 0 ? null : Math.Round(_observedSum / n, 1), cv, LevelOfService(cv),
            Bunched, Gaps, Percent(Bunched, n), Percent(Gaps, n));
    }

    public static double? Percent(long part, long whole) => whole == 0 ? null : Math.Round(100.0 * part / whole, 1);

    /// <summary>TCQSM (3rd ed.) headway adherence levels: A up to 0.21, B 0.30, C 0.39, D 0.52, E 0.74, F beyond (frequent bunching).</summary>
    public static string? LevelOfService(double? cv) => cv switch
    {
        null => null,
        <= 0.21 => "A",
        <= 0.30 => "B",
        <= 0.39 => "C",
        <= 0.52 => "D",
        <= 0.74 => "E",
        _ => "F",
    };
}
