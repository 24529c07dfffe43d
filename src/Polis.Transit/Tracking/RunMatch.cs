using Polis.Transit.Live;
using Polis.Transit.Timetable;

namespace Polis.Transit.Tracking;

/// <summary>
/// A vehicle placed on a run: metres along the run's shape, metres off it, seconds behind schedule there
/// (negative = early), how the run was found, and the matching cost that ranked it (lower is better).
/// </summary>
public sealed record RunMatch(TripInstance Run, double Progress, double OffsetMetres, double DeviationSeconds, TripMatchSource Source, double Cost)
{
    public string Key => Run.Key;
}
