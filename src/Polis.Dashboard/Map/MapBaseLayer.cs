namespace Polis.Dashboard.Map;

/// <summary>
/// What <c>map-base.js</c> draws under a page's own layers: the tile settings (<see cref="Options"/>, empty for the
/// offline base layer) and the city's districts and streets as GeoJSON text.
/// </summary>
public sealed record MapBaseLayer(MapTileOptions Options, string GeographyJson);
