namespace Polis.Platform.Devices;

/// <summary>A WGS84 position; serialised as a GeoJSON Point (coordinates are [longitude, latitude]).</summary>
public readonly record struct GeoPoint(double Longitude, double Latitude)
{
    public bool IsValid =>
        Longitude is >= -180 and <= 180 && Latitude is >= -90 and <= 90 &&
        double.IsFinite(Longitude) && double.IsFinite(Latitude);
}
