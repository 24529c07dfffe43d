namespace Polis.Dashboard.Map;

/// <summary>The tile server a map page uses, as the browser receives it (see <see cref="MapOptions"/>).</summary>
public sealed record MapTileOptions(string? TileUrl, string? TileAttribution);
