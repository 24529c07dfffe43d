namespace Polis.Simulator.Model;

/// <summary>Profile ids, id codes and reporting intervals per device kind (the profiles of BuiltInProfiles).</summary>
public static class DeviceKinds
{
    public static string ProfileId(DeviceKind kind) => kind switch
    {
        DeviceKind.ElectricityMeter => "electricity-meter",
        DeviceKind.WaterMeter => "water-meter",
        DeviceKind.Bus => "bus",
        DeviceKind.FleetVehicle => "fleet-vehicle",
        DeviceKind.ParkingSpot => "parking-spot",
        DeviceKind.AirQuality => "air-quality",
        DeviceKind.BuildingController => "building-controller",
        DeviceKind.Hotspot => "wifi-hotspot",
        DeviceKind.Screen => "screen",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Short code used in device ids, e.g. sim-42-em-00001.</summary>
    public static string Code(DeviceKind kind) => kind switch
    {
        DeviceKind.ElectricityMeter => "em",
        DeviceKind.WaterMeter => "wm",
        DeviceKind.Bus => "bus",
        DeviceKind.FleetVehicle => "fleet",
        DeviceKind.ParkingSpot => "park",
        DeviceKind.AirQuality => "aq",
        DeviceKind.BuildingController => "bc",
        DeviceKind.Hotspot => "wifi",
        DeviceKind.Screen => "screen",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Simulated time between two reports (meters: the 15-minute metering interval).</summary>
    public static TimeSpan ReportInterval(DeviceKind kind) => kind switch
    {
        DeviceKind.ElectricityMeter or DeviceKind.WaterMeter => TimeSpan.FromMinutes(15),
        DeviceKind.Bus => TimeSpan.FromSeconds(15),
        DeviceKind.FleetVehicle => TimeSpan.FromSeconds(30),
        DeviceKind.AirQuality => TimeSpan.FromMinutes(10),
        _ => TimeSpan.FromMinutes(5),
    };
}
