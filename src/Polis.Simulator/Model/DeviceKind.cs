namespace Polis.Simulator.Model;

/// <summary>What a simulated device is; each kind maps to one built-in Polis profile and one behaviour.</summary>
public enum DeviceKind
{
    ElectricityMeter,
    WaterMeter,
    Bus,
    FleetVehicle,
    ParkingSpot,
    AirQuality,
    BuildingController,
    Hotspot,
    Screen,
}
