namespace Polis.Dashboard.Map;

/// <summary>Every device with a position, in id order; <see cref="MapMarker.Profile"/> indexes <see cref="Profiles"/>.</summary>
public sealed record MapSnapshot(IReadOnlyList<string> Profiles, IReadOnlyList<MapMarker> Markers)
{
    /// <summary>
    /// The payload <c>city-map.js</c> draws from: one array per field, not one object per marker, so 20,000
    /// markers cross the circuit as one message of about 1 MB instead of 20,000 objects with repeated names.
    /// Coordinates are rounded to 6 decimals (about 10 cm).
    /// </summary>
    public MapMarkersPayload ToPayload() => new(
        Profiles,
        Markers.Select(m => m.Id).ToArray(),
        Markers.Select(m => m.Profile).ToArray(),
        Markers.Select(m => Math.Round(m.Longitude, 6)).ToArray(),
        Markers.Select(m => Math.Round(m.Latitude, 6)).ToArray(),
        Markers.Select(m => (int)m.State).ToArray());
}
