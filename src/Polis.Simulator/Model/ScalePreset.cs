namespace Polis.Simulator.Model;

/// <summary>How many of each thing a scale generates, and over how much ground.</summary>
public sealed record ScalePreset(
    SimulationScale Scale,
    int DistrictColumns,
    int DistrictRows,
    double WidthMetres,
    double HeightMetres,
    double StreetSpacingMetres,
    int Households,
    int WaterMeters,
    int Schools,
    int Clinics,
    int NursingHomes,
    int BusRoutes,
    int BusesPerRoute,
    int FleetVehicles,
    int ParkingSpots,
    int AirQualityStations,
    int Hotspots,
    int Screens)
{
    public int DeviceCount =>
        Households + WaterMeters + Schools + Clinics + NursingHomes + (BusRoutes * BusesPerRoute) +
        FleetVehicles + ParkingSpots + AirQualityStations + Hotspots + Screens;

    public static ScalePreset For(SimulationScale scale) => scale switch
    {
        SimulationScale.Tiny => new(scale, 2, 1, 1_600, 1_000, 200, 4, 3, 1, 1, 1, 1, 2, 1, 3, 1, 1, 1),
        SimulationScale.Small => new(scale, 3, 2, 4_500, 3_000, 250, 360, 240, 30, 15, 15, 6, 4, 16, 150, 12, 80, 50),
        SimulationScale.City => new(scale, 4, 4, 14_000, 12_000, 300, 7_200, 4_800, 600, 300, 300, 40, 12, 320, 3_000, 120, 1_600, 1_000),
        SimulationScale.Metropolis => new(scale, 8, 6, 40_000, 32_000, 400, 72_000, 48_000, 6_000, 3_000, 3_000, 150, 24, 3_200, 30_000, 600, 16_000, 10_000),
        _ => throw new ArgumentOutOfRangeException(nameof(scale)),
    };
}
