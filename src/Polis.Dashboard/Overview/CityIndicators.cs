namespace Polis.Dashboard.Overview;

/// <summary>The city's vital signs on the overview, read at <see cref="ReadAt"/>; "today" starts at <see cref="DayStart"/>.</summary>
public sealed record CityIndicators(
    MeteredToday Electricity,
    MeteredToday Water,
    BusPunctuality Buses,
    ParkingAvailability Parking,
    AirQualitySummary AirQuality,
    DateTimeOffset DayStart,
    DateTimeOffset ReadAt);

/// <summary>What the meters of one profile measured since the start of the day, in <see cref="Unit"/>.</summary>
public sealed record MeteredToday(double Total, string Unit, int Meters);

/// <summary>
/// Buses matched to a trip of the active transit feed with a fresh report, and how many of them are on time;
/// <see cref="FeedActive"/> false: no feed is imported, so no bus can be judged.
/// </summary>
public sealed record BusPunctuality(bool FeedActive, int InService, int OnTime)
{
    public static BusPunctuality NoFeed { get; } = new(false, 0, 0);

    public double? OnTimeShare => InService == 0 ? null : (double)OnTime / InService;
}

/// <summary>Parking spots, those reporting recently, and the free ones among them.</summary>
public sealed record ParkingAvailability(int Spots, int Reporting, int Free);

/// <summary>PM2.5 at the stations that reported recently: mean, the worst station and its band.</summary>
public sealed record AirQualitySummary(int Stations, int Reporting, double? MeanPm25, double? WorstPm25, string? WorstStation)
{
    public AirQualityBand? WorstBand => WorstPm25 is { } worst ? AirQualityBands.ForPm25(worst) : null;
}
