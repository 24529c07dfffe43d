using Polis.Transit.Tracking.Api;

namespace Polis.Dashboard.Transit;

/// <summary>
/// The performance page's figures over the local days [<see cref="From"/>, <see cref="To"/>], of one route or all:
/// on-time shares per route and per hour of the day from <see cref="Calls"/> recorded calls (only the first
/// <see cref="TransitPerformanceReader.MaxEvents"/> when <see cref="Truncated"/>), and prediction accuracy per
/// horizon bucket with the benchmark's bands.
/// </summary>
public sealed record TransitPerformance(
    DateOnly From,
    DateOnly To,
    string? RouteId,
    TimeZoneInfo TimeZone,
    IReadOnlyList<RoutePunctuality> Routes,
    IReadOnlyList<OnTimeCounts> Hours,
    long Calls,
    bool Truncated,
    IReadOnlyList<AccuracyBucketResponse> Accuracy);
