namespace Polis.Simulator.Behaviour;

/// <summary>
/// The shapes of a city's day, as functions of the hour (0–24, UTC as the city's clock). Bumps are Gaussians so
/// that curves are smooth and their daily integrals known.
/// </summary>
public static class DailyProfiles
{
    /// <summary>Household electricity in kW for a consumption factor of 1: about 10.6 kWh a day.</summary>
    public static double HouseholdKw(double hour) =>
        0.18 + (0.5 * Bump(hour, 7.5, 1)) + (1.0 * Bump(hour, 19, 2)) + (0.15 * Bump(hour, 13, 2.5));

    /// <summary>Household water in m³/h for a factor of 1: about 0.3 m³ a day, nothing at night.</summary>
    public static double HouseholdWaterM3h(double hour) =>
        (0.06 * Bump(hour, 7, 0.8)) + (0.03 * Bump(hour, 19.5, 1.5)) + (0.01 * Bump(hour, 13, 2));

    /// <summary>Road traffic, 0 (night) to about 1 (rush hours).</summary>
    public static double Traffic(double hour) => Math.Min(1, 0.05 + (0.9 * Bump(hour, 8, 1.3)) + (0.8 * Bump(hour, 17.5, 1.8)) + (0.35 * Bump(hour, 13, 3)));

    /// <summary>Daylight, 0 at night to 1 at noon (a fixed equinox day).</summary>
    public static double Daylight(double hour) => Math.Max(0, Math.Sin((hour - 6) / 12 * Math.PI));

    /// <summary>Share of kerbside parking spots taken: 30 % at night, up to 85 % by day.</summary>
    public static double ParkingOccupancy(double hour) => 0.3 + (0.55 * Smooth(hour, 8, 10)) - (0.3 * Smooth(hour, 17, 21)) + (0.05 * Bump(hour, 19, 1.5));

    /// <summary>Use of public places (hotspots, buses), 0.02 at night to 1 at the busiest hours.</summary>
    public static double Activity(double hour) => Math.Min(1, 0.02 + (0.7 * Bump(hour, 8, 1.5)) + (0.8 * Bump(hour, 16.5, 3)) + (0.5 * Bump(hour, 12.5, 2)));

    /// <summary>Outdoor temperature in °C: 6 °C at dawn, 16 °C mid-afternoon.</summary>
    public static double OutdoorTemperature(double hour) => 11 + (5 * Math.Sin((hour - 9) / 24 * 2 * Math.PI));

    /// <summary>Hour of the day (0 ≤ h &lt; 24) of <paramref name="time"/>.</summary>
    public static double HourOf(DateTimeOffset time) => time.UtcTicks % TimeSpan.TicksPerDay / (double)TimeSpan.TicksPerHour;

    /// <summary>Days since 1970-01-01 (UTC).</summary>
    public static long DayOf(DateTimeOffset time) => time.UtcTicks / TimeSpan.TicksPerDay - 719_162;

    /// <summary>A Gaussian bump of height 1 that also wraps around midnight.</summary>
    private static double Bump(double hour, double centre, double width)
    {
        var d = Math.Abs(hour - centre);
        d = Math.Min(d, 24 - d);
        return Math.Exp(-(d * d) / (2 * width * width));
    }

    /// <summary>0 before <paramref name="from"/>, 1 after <paramref name="to"/>, a smooth ramp between.</summary>
    private static double Smooth(double hour, double from, double to)
    {
        var t = Math.Clamp((hour - from) / (to - from), 0, 1);
        return t * t * (3 - (2 * t));
    }
}
