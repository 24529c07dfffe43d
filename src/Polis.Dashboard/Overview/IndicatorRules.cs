using Polis.Dashboard.Transit;
using Polis.Platform.Telemetry;
using Polis.Transit.Live;

namespace Polis.Dashboard.Overview;

/// <summary>
/// The definitions behind the overview's indicators, from the latest values of the devices of one profile (buses: the
/// transit module's live vehicles). Pure, so the definitions are tested on their own. A device counts only if its value is fresh (reported within
/// <c>freshFor</c> ms): a silent sensor's last word is not the present.
/// </summary>
public static class IndicatorRules
{
    /// <summary>
    /// Buses in service are the vehicles the transit module matched to a run of the active feed (from the trip they
    /// report, or by matching their position to the timetable) whose latest report is at most <paramref name="freshFor"/>
    /// old; on time is their matched schedule deviation within the <see cref="OnTimeWindow"/>. Without an active feed
    /// nothing is matched and nothing is counted: a bus's own <c>delay</c> is not a substitute (it is the device's claim,
    /// against a timetable Polis does not know).
    /// </summary>
    public static BusPunctuality Buses(bool feedActive, IReadOnlyList<VehicleState> vehicles, DateTimeOffset now, TimeSpan freshFor)
    {
        ArgumentNullException.ThrowIfNull(vehicles);
        if (!feedActive)
        {
            return BusPunctuality.NoFeed;
        }

        var inService = 0;
        var onTime = 0;
        foreach (var vehicle in vehicles)
        {
            if (!DelayBands.IsMatched(vehicle) || vehicle.DelaySeconds is not { } delay || now - vehicle.Position.Timestamp > freshFor)
            {
                continue;
            }

            inService++;
            onTime += OnTimeWindow.Contains(delay) ? 1 : 0;
        }

        return new BusPunctuality(true, inService, onTime);
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
