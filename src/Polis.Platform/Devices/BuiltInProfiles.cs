namespace Polis.Platform.Devices;

/// <summary>
/// The device kinds every city has. Ranges are physical plausibility limits, not alarm thresholds:
/// a reading outside them is a broken sensor or a bad payload and is refused. Commands are the RPC methods the
/// kind is known to take (an empty list: none); the generic profile declares none and takes any.
/// </summary>
public static class BuiltInProfiles
{
    public static IReadOnlyList<DeviceProfile> All { get; } =
    [
        Profile("electricity-meter", "Electricity meter", 900, [Command("disconnect", "Opens the supply switch"), Command("reconnect", "Closes the supply switch")],
            Key("energy", "kWh", 0, 1e9, "Cumulative import register"),
            Key("power", "kW", -10_000, 10_000, "Average active power over the interval"),
            Key("voltage", "V", 0, 1_000),
            Key("current", "A", 0, 10_000)),
        Profile("water-meter", "Water meter", 900, [Command("closeValve", "Shuts the service valve (leak)"), Command("openValve")],
            Key("volume", "m3", 0, 1e8, "Cumulative volume register"),
            Key("flow", "m3/h", 0, 10_000),
            Key("temperature", "Cel", -20, 100)),
        Profile("heat-meter", "Heat meter", 3_600, [],
            Key("energy", "kWh", 0, 1e9, "Cumulative heat energy register"),
            Key("volume", "m3", 0, 1e8, "Cumulative volume register"),
            Key("power", "kW", 0, 100_000),
            Key("flow_temperature", "Cel", -20, 200),
            Key("return_temperature", "Cel", -20, 200)),
        Profile("gas-meter", "Gas meter", 3_600, [Command("closeValve", "Shuts the service valve"), Command("openValve")],
            Key("volume", "m3", 0, 1e8, "Cumulative volume register"),
            Key("flow", "m3/h", 0, 10_000)),
        Profile("bus", "Bus or tram", 15, [Command("showMessage", "Text for the driver's display")],
            Key("latitude", "deg", -90, 90),
            Key("longitude", "deg", -180, 180),
            Key("speed", "km/h", 0, 250),
            Key("bearing", "deg", 0, 360),
            Key("occupancy", "passengers", 0, 500)),
        Profile("fleet-vehicle", "Municipal fleet vehicle", 30, [Command("showMessage", "Text for the driver's display"), Command("setRoute", "Assigns a round")],
            Key("latitude", "deg", -90, 90),
            Key("longitude", "deg", -180, 180),
            Key("speed", "km/h", 0, 250),
            Key("bearing", "deg", 0, 360),
            Key("fuel_level", "%", 0, 100),
            Key("odometer", "km", 0, 5_000_000)),
        Profile("parking-spot", "Parking spot sensor", 300, [],
            Key("occupied", null, null, null, "true when a vehicle is present"),
            Key("battery", "%", 0, 100)),
        Profile("air-quality", "Air quality station", 600, [Command("calibrate", "Starts a zero calibration")],
            Key("pm25", "ug/m3", 0, 2_000),
            Key("pm10", "ug/m3", 0, 5_000),
            Key("no2", "ug/m3", 0, 5_000),
            Key("o3", "ug/m3", 0, 2_000),
            Key("co", "mg/m3", 0, 500),
            Key("temperature", "Cel", -60, 70),
            Key("humidity", "%", 0, 100)),
        Profile("building-controller", "Building controller", 300,
            [Command("setSetpoint", "params: {\"value\": °C, 5 to 30}"), Command("setLighting", "params: {\"level\": %, 0 to 100}"), Command("getState")],
            Key("temperature", "Cel", -40, 80),
            Key("setpoint", "Cel", 0, 40),
            Key("occupancy", "people", 0, 100_000),
            Key("lighting_level", "%", 0, 100),
            Key("heating_power", "kW", 0, 100_000),
            Key("energy", "kWh", 0, 1e9)),
        Profile("wifi-hotspot", "Wi-Fi hotspot", 300, [Command("reboot")],
            Key("clients", null, 0, 100_000),
            Key("throughput", "Mbit/s", 0, 1_000_000),
            Key("uptime", "s", 0, 1e10)),
        Profile("screen", "City screen", 300, [Command("setBrightness", "params: {\"level\": %}"), Command("showContent", "params: {\"contentId\": …}")],
            Key("brightness", "%", 0, 100),
            Key("temperature", "Cel", -40, 100),
            Key("power", "W", 0, 100_000)),
        Profile("generic", "Generic device", 3_600, null),
    ];

    private static DeviceProfile Profile(string id, string name, int intervalSeconds, CommandDefinition[]? commands, params TelemetryKeyDefinition[] keys) =>
        new(id, name, null, intervalSeconds, null, keys, BuiltIn: true, Commands: commands);

    private static CommandDefinition Command(string method, string? description = null) => new(method, description);

    private static TelemetryKeyDefinition Key(string key, string? unit, double? min, double? max, string? description = null) =>
        new(key, unit, min, max, description);
}
