namespace Polis.Dashboard.Map;

/// <summary>
/// Settings of the live map under <c>Polis:Dashboard:Map</c>. Without a tile URL the base layer is drawn from
/// the city's stored districts and streets, so the map works offline; with one (an online deployment) tiles are
/// fetched by the browser from that server and the districts are drawn over them as outlines.
/// </summary>
public sealed class MapOptions
{
    public const string SectionName = "Polis:Dashboard:Map";

    /// <summary>A Leaflet tile URL template, e.g. <c>https://tile.example.org/{z}/{x}/{y}.png</c>; empty for the offline base layer.</summary>
    public string? TileUrl { get; set; }

    /// <summary>The attribution the tile provider requires, shown in the map's corner (HTML).</summary>
    public string? TileAttribution { get; set; }
}
