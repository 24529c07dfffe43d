using Polis.Platform.Telemetry;

namespace Polis.Dashboard.Overview;

/// <summary>
/// The definitions behind the overview's indicators, from the latest values of the devices of one profile. Pure,
/// so the definitions are tested on their own. A device counts only if its value is fresh (reported within
/// <c>freshFor</c> ms): a silent sensor's last word is not the present.
/// </summary>
public static class IndicatorRules
{
    /// <summary>On time: at most 1 minute early and at most 5 minutes late, the band most agencies report.</summary>
    public const double EarliestOnTimeSeconds = -60;
    public const double LatestOnTimeSeconds = 300;

    /// <summary>
    /// Buses in service are those whose latest report carries a trip (<c>trip_id</c> reported with the same
    /// timestamp as <c>delay</c>); a bus between trips reports no trip and is neither on time nor late.
    /// </summary>
    public static BusPunctuality Buses(IReadOnlyList<DeviceLatest> latest, long now, long freshFor)
    {
        var inService = 0;
        var onTime = 0;
        foreach (var bus in latest.GroupBy(l => l.DeviceId))
        {
            var delay = bus.FirstOrDefault(l => l.Point.Key == "delay")?.Point;
            var trip = bus.FirstOrDefault(l => l.Point.Key == "trip_id")?.Point;
            if (delay is null || trip is null || trip.Timestamp != delay.Timestamp || now - delay.Timestamp > freshFor || !delay.Value.IsNumeric)
            {
                continue;
            }

            inService++;
            onTime += delay.Value.Number is >= EarliestOnTimeSeconds and <= LatestOnTimeSeconds ? 1 : 0;
        }

        return new BusPunctuality(inService, onTime);
    }

    /// <summary>A spot is free when its latest fresh <c>occupied</c> is false.</summary>
    public static ParkingAvailability Parking(int spots, IReadOnlyList<DeviceLatest> occupied, long now, long freshFor)
    {
        var fresh = occupied.Where(l => l.Point.Key == "occupied" && now - l.Point.Timestamp <= freshFor && l.Point.Value.IsNumeric).ToList();
        return new ParkingAvailability(spots, fresh.Count, fresh.Count(l => l.Point.Value.Number == 0));
    }

    public static AirQualitySummary AirQuality(int stations, IReadOnlyList<DeviceLatest> pm25, long now, long freshFor)
    {
        var fresh = pm25.Where(l => l.Point.Key == "pm25" && now - l.Point.Timestamp <= freshFor && l.Point.Value.IsNumeric).ToList();
        if (fresh.Count == 0)
        {
            return new AirQualitySummary(stations, 0, null, null, null);
        }

        var worst = fresh.MaxBy(l => l.Point.Value.Number)!;
        return new AirQualitySummary(stations, fresh.Count, fresh.Average(l => l.Point.Value.Number), worst.Point.Value.Number, worst.DeviceId);
    }
}
