namespace Polis.Transit.Planning;

/// <summary>
/// Bunching and gaps over the service dates [From, To], of one route or all: thresholds, headway adherence of the
/// network, of each route direction and of each of its stops, and the incidents in time order (at most
/// <see cref="PlanningOptions.MaxIncidents"/>; <see cref="IncidentCount"/> counts them all). <see cref="UnplacedEvents"/>:
/// events whose trip or stop the active feed does not have (an older feed's), left out.
/// </summary>
public sealed record BunchingReport(
    DateOnly From,
    DateOnly To,
    string? RouteId,
    double BunchingRatio,
    double GapRatio,
    HeadwaySummary Network,
    IReadOnlyList<HeadwaySummary> Routes,
    IReadOnlyList<HeadwaySummary> Stops,
    long IncidentCount,
    IReadOnlyList<HeadwayIncident> Incidents,
    long UnplacedEvents);
