using Microsoft.Extensions.Options;
using Polis.Platform.Geography;

namespace Polis.Dashboard.Map;

/// <summary>Reads the base layer every map page draws first: the configured tiles, or the city's stored geography.</summary>
public sealed class MapBaseLayerReader(IGeographyStore geography, IOptions<MapOptions> options)
{
    public async Task<MapBaseLayer> ReadAsync(CancellationToken cancellationToken)
    {
        var features = await geography.ListAsync(cancellationToken);
        return new MapBaseLayer(new MapTileOptions(options.Value.TileUrl, options.Value.TileAttribution), GeographyGeoJson.Write(features));
    }
}
