namespace Polis.Transit.Planning;

/// <summary>
/// Headway adherence of the network, a route direction or one of its stops: headways compared (pairs of consecutive
/// vehicles), those left out because tracking fell silent between them, mean scheduled and observed headway, the
/// coefficient of variation of headway deviations (TCQSM: standard deviation of observed − scheduled over the mean
/// scheduled headway) with its level of service, and bunched and gapped headways with their shares (percent).
/// <see cref="HeadwayBased"/>: the service is run to a headway (frequencies with exact_times=0), the measure that matters there.
/// </summary>
public sealed record HeadwaySummary(
    string? RouteId,
    int? DirectionId,
    string? StopId,
    string? StopName,
    bool HeadwayBased,
    long Headways,
    long Excluded,
    double? MeanScheduledSeconds,
    double? MeanObservedSeconds,
    double? DeviationCv,
    string? LevelOfService,
    long Bunched,
    long Gaps,
    double? BunchedPercent,
    double? GapPercent);
