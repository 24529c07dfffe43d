using System.Text.Json;
using NetTopologySuite.Geometries;
using Polis.Platform.Geography;

namespace Polis.Citizens.Reports.Open311;

/// <summary>
/// Whether a point lies in the city: inside (or on the edge of) one of its districts when the platform's geography
/// has any, anywhere otherwise (a city that loaded no districts accepts every valid coordinate).
/// </summary>
public sealed class DistrictLocator(IGeographyStore geography)
{
    private static readonly GeometryFactory Factory = new();

    /// <summary>True when no districts are configured or one covers (<paramref name="latitude"/>, <paramref name="longitude"/>).</summary>
    public async Task<bool> IsInCityAsync(double latitude, double longitude, CancellationToken cancellationToken = default)
    {
        var districts = (await geography.ListAsync(cancellationToken)).Where(f => f.Kind == GeographyKind.District).ToList();
        if (districts.Count == 0)
        {
            return true;
        }

        var point = Factory.CreatePoint(new Coordinate(longitude, latitude));
        return districts.Any(d => Area(d.GeometryJson).Covers(point));
    }

    /// <summary>The id of the first district covering the point (upload order); null outside every district or without any.</summary>
    public async Task<string?> DistrictAtAsync(double latitude, double longitude, CancellationToken cancellationToken = default)
    {
        var point = Factory.CreatePoint(new Coordinate(longitude, latitude));
        return (await geography.ListAsync(cancellationToken))
            .FirstOrDefault(f => f.Kind == GeographyKind.District && Area(f.GeometryJson).Covers(point))?.Id;
    }

    /// <summary>A district's canonical GeoJSON (Polygon or MultiPolygon, written by the platform) as a geometry.</summary>
    private static Geometry Area(string geometryJson)
    {
        using var document = JsonDocument.Parse(geometryJson);
        var root = document.RootElement;
        var coordinates = root.GetProperty("coordinates");
        return root.GetProperty("type").GetString() == "MultiPolygon"
            ? Factory.CreateMultiPolygon(coordinates.EnumerateArray().Select(Polygon).ToArray())
            : Polygon(coordinates);
    }

    private static Polygon Polygon(JsonElement rings)
    {
        var linearRings = rings.EnumerateArray().Select(ring => Factory.CreateLinearRing(
            ring.EnumerateArray().Select(p => new Coordinate(p[0].GetDouble(), p[1].GetDouble())).ToArray())).ToArray();
        return Factory.CreatePolygon(linearRings[0], linearRings[1..]);
    }
}
