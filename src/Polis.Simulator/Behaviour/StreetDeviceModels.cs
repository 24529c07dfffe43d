using Polis.Simulator.Generation;

namespace Polis.Simulator.Behaviour;

/// <summary>Parking spot sensors, Wi-Fi hotspots and city screens: stateless functions of time.</summary>
public static class StreetDeviceModels
{
    /// <summary>A spot's state, redrawn every 20 minutes against the hour's occupancy curve (scale = peak share).</summary>
    public static Dictionary<string, object> Parking(long key, double scale, DateTimeOffset time)
    {
        var hour = DailyProfiles.HourOf(time);
        var share = DailyProfiles.ParkingOccupancy(hour) * scale / 0.85;
        var occupied = Hashing.Unit(key, time.UtcTicks / (20 * TimeSpan.TicksPerMinute), 51) < share;
        var battery = 100 - ((DailyProfiles.DayOf(time) * 0.05) + (Hashing.Unit(key, 52) * 60)) % 90;
        return new(StringComparer.Ordinal) { ["occupied"] = occupied, ["battery"] = AirQualityModel.Round(battery, 0) };
    }

    /// <summary>Clients follow the city's activity; <paramref name="bootTime"/> is when it last came online.</summary>
    public static Dictionary<string, object> Hotspot(long key, double scale, DateTimeOffset time, DateTimeOffset bootTime)
    {
        var noise = 0.8 + (0.4 * Hashing.Unit(key, time.UtcTicks / TimeSpan.TicksPerMinute, 53));
        var clients = Math.Round(scale * DailyProfiles.Activity(DailyProfiles.HourOf(time)) * noise);
        return new(StringComparer.Ordinal)
        {
            ["clients"] = clients,
            ["throughput"] = AirQualityModel.Round(clients * (0.4 + (1.6 * Hashing.Unit(key, time.UtcTicks / TimeSpan.TicksPerMinute, 54))), 1),
            ["uptime"] = Math.Max(0, Math.Round((time - bootTime).TotalSeconds)),
        };
    }

    /// <summary>Bright by day, dimmed at night; power follows brightness; a spike is an overheating panel.</summary>
    public static Dictionary<string, object> Screen(long key, DateTimeOffset time)
    {
        var daylight = DailyProfiles.Daylight(DailyProfiles.HourOf(time));
        var brightness = Math.Round(40 + (60 * Math.Min(1, daylight * 2)));
        var temperature = DailyProfiles.OutdoorTemperature(DailyProfiles.HourOf(time)) + 12 + (brightness * 0.1) + (2 * Hashing.Unit(key, time.UtcTicks / TimeSpan.TicksPerMinute, 55));
        if (FaultModel.Spikes(key, time))
        {
            temperature += 45;
        }

        return new(StringComparer.Ordinal)
        {
            ["brightness"] = brightness,
            ["temperature"] = AirQualityModel.Round(Math.Min(temperature, 99), 1),
            ["power"] = Math.Round(120 + (brightness * 3)),
        };
    }
}
