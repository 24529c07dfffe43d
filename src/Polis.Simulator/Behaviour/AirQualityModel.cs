using Polis.Simulator.Generation;

namespace Polis.Simulator.Behaviour;

/// <summary>
/// An air-quality station: traffic-driven PM and NO₂ with rush-hour peaks, afternoon ozone, a diurnal
/// temperature. On one day in ten a two-hour incident (a fire, road works) multiplies PM by five.
/// </summary>
public static class AirQualityModel
{
    public static Dictionary<string, object> Values(long key, double scale, DateTimeOffset time)
    {
        var hour = DailyProfiles.HourOf(time);
        var day = DailyProfiles.DayOf(time);
        var traffic = DailyProfiles.Traffic(hour);
        var noise = 0.9 + (0.2 * Hashing.Unit(key, time.UtcTicks / TimeSpan.TicksPerMinute, 41));
        var incident = IncidentFactor(key, day, hour);
        var pm25 = scale * (6 + (14 * traffic)) * noise * incident;
        var no2 = scale * (12 + (38 * traffic)) * noise * Math.Sqrt(incident);
        if (FaultModel.Spikes(key, time))
        {
            pm25 *= 8;
        }

        var sun = DailyProfiles.Daylight(hour);
        return new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["pm25"] = Round(Math.Min(pm25, 1_900), 1),
            ["pm10"] = Round(Math.Min(pm25 * 1.6, 4_500), 1),
            ["no2"] = Round(no2, 1),
            ["o3"] = Round(Math.Max(2, 25 + (60 * sun) - (0.3 * no2)), 1),
            ["co"] = Round((0.2 + (0.7 * traffic)) * noise, 2),
            ["temperature"] = Round(DailyProfiles.OutdoorTemperature(hour) + (noise - 1), 1),
            ["humidity"] = Round(Math.Clamp(75 - (20 * sun) + (10 * (noise - 1)), 0, 100), 0),
        };
    }

    /// <summary>5 during the day's incident window (if the day has one), else 1.</summary>
    public static double IncidentFactor(long key, long day, double hour)
    {
        if (Hashing.Unit(key, day, 42) >= 0.1)
        {
            return 1;
        }

        var start = 6 + (14 * Hashing.Unit(key, day, 43));
        return hour >= start && hour < start + 2 ? 5 : 1;
    }

    internal static double Round(double value, int digits) => Math.Round(value, digits, MidpointRounding.AwayFromZero);
}
