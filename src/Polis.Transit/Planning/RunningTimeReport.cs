namespace Polis.Transit.Planning;

/// <summary>
/// Running times over the service dates [From, To], of one route or all: the percentile proposed, its rounding and
/// the observations needed, the time bands, and one row per route direction, kind, stops, day type and band.
/// <see cref="UnplacedEvents"/>: events whose trip or stop the active feed does not have, left out.
/// </summary>
public sealed record RunningTimeReport(
    DateOnly From,
    DateOnly To,
    string? RouteId,
    double Percentile,
    int RoundingSeconds,
    int MinObservations,
    IReadOnlyList<TimeBand> Bands,
    IReadOnlyList<RunningTimeRow> Rows,
    long UnplacedEvents);
