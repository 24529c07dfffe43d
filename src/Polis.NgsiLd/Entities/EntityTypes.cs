namespace Polis.NgsiLd.Entities;

/// <summary>Which Smart Data Models type a device profile appears as; profiles without a fitting model are Device.</summary>
public static class EntityTypes
{
    public const string AirQualityObserved = "AirQualityObserved";
    public const string ParkingSpot = "ParkingSpot";
    public const string Vehicle = "Vehicle";
    public const string Device = "Device";

    public static IReadOnlyList<string> All { get; } = [AirQualityObserved, Device, ParkingSpot, Vehicle];

    public static string ForProfile(string profileId) => profileId switch
    {
        "air-quality" => AirQualityObserved,
        "parking-spot" => ParkingSpot,
        "bus" or "fleet-vehicle" => Vehicle,
        _ => Device,
    };

    /// <summary>
    /// The short name of a type as a client may send it: compacted ("Vehicle") or expanded with any
    /// vocabulary ("https://smartdatamodels.org/dataModel.Transportation/Vehicle"). Polis serves one
    /// vocabulary, so the last segment decides.
    /// </summary>
    public static string ShortName(string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var cut = type.LastIndexOfAny(['/', '#']);
        return cut >= 0 ? type[(cut + 1)..] : type;
    }
}
