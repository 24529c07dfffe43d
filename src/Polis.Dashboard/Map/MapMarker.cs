namespace Polis.Dashboard.Map;

/// <summary>One device on the map: where it is (its last reported position, else its registered location) and its state.</summary>
public readonly record struct MapMarker(string Id, int Profile, double Longitude, double Latitude, MapMarkerState State);
