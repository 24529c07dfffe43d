namespace Polis.Simulator.Model;

/// <summary>A WGS 84 position in decimal degrees.</summary>
public readonly record struct GeoPosition(double Longitude, double Latitude);
