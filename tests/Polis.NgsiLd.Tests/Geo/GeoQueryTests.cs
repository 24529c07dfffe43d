using Polis.NgsiLd.Errors;
using Polis.NgsiLd.Geo;
using Polis.Platform.Devices;

namespace Polis.NgsiLd.Tests.Geo;

public sealed class GeoQueryTests
{
    private const string Square = "[[[13.0,52.0],[14.0,52.0],[14.0,53.0],[13.0,53.0],[13.0,52.0]]]";
    private static readonly GeoPoint _brandenburgGate = new(13.377704, 52.516275);
    private static readonly GeoPoint _tvTower = new(13.409419, 52.520817);

    [Fact]
    public void Parse_NoGeoParameters_ReturnsNull()
    {
        Assert.Null(GeoQueryParser.Parse(null, null, null, null));
    }

    [Fact]
    public void Parse_Near_ReadsDistancesAndDefaultGeoProperty()
    {
        var query = GeoQueryParser.Parse("near;maxDistance==2000", "Point", "[13.4,52.5]", null)!;

        Assert.Equal(GeoRelation.Near, query.Relation);
        Assert.Equal(2000, query.MaxDistance);
        Assert.Null(query.MinDistance);
        Assert.Equal("location", query.GeoProperty);
    }

    [Theory]
    [InlineData(2_300, true)]
    [InlineData(2_100, false)]
    public void Matches_NearMaxDistance_UsesMetresBetweenRealPlaces(double maxDistance, bool expected)
    {
        // Brandenburg Gate to the Berlin TV tower: about 2.2 km.
        var query = GeoQueryParser.Parse($"near;maxDistance=={maxDistance}", "Point", "[13.409419,52.520817]", null)!;

        Assert.Equal(expected, GeoQueryEvaluator.Matches(query, _brandenburgGate));
    }

    [Fact]
    public void Matches_NearMinDistance_ExcludesClosePoints()
    {
        var query = GeoQueryParser.Parse("near;minDistance==2100", "Point", "[13.409419,52.520817]", null)!;

        Assert.True(GeoQueryEvaluator.Matches(query, _brandenburgGate));
        Assert.False(GeoQueryEvaluator.Matches(query, _tvTower));
        Assert.Null(GeoQueryEvaluator.PrefilterBox(query));
    }

    [Fact]
    public void Matches_WithinPolygon_InsideTrueOutsideFalse()
    {
        var query = GeoQueryParser.Parse("within", "Polygon", Square, null)!;

        Assert.True(GeoQueryEvaluator.Matches(query, _tvTower));
        Assert.False(GeoQueryEvaluator.Matches(query, new GeoPoint(12.5, 52.5)));
        Assert.Equal(new BoundingBox(13, 52, 14, 53), GeoQueryEvaluator.PrefilterBox(query));
    }

    [Fact]
    public void Matches_WithinPolygonWithHole_PointInHoleIsOutside()
    {
        var withHole = "[[[13.0,52.0],[14.0,52.0],[14.0,53.0],[13.0,53.0],[13.0,52.0]],[[13.3,52.4],[13.5,52.4],[13.5,52.6],[13.3,52.6],[13.3,52.4]]]";
        var query = GeoQueryParser.Parse("within", "Polygon", withHole, null)!;

        Assert.False(GeoQueryEvaluator.Matches(query, _tvTower));
        Assert.True(GeoQueryEvaluator.Matches(query, new GeoPoint(13.8, 52.8)));
    }

    [Fact]
    public void Matches_IntersectsMultiPolygonAndPoint_MatchesTouchingGeometries()
    {
        var multi = $"[{Square},[[[0,0],[1,0],[1,1],[0,1],[0,0]]]]";
        var polygons = GeoQueryParser.Parse("intersects", "MultiPolygon", multi, null)!;
        var point = GeoQueryParser.Parse("intersects", "Point", "[13.409419,52.520817]", null)!;
        var disjoint = GeoQueryParser.Parse("disjoint", "MultiPolygon", multi, null)!;

        Assert.True(GeoQueryEvaluator.Matches(polygons, new GeoPoint(0.5, 0.5)));
        Assert.True(GeoQueryEvaluator.Matches(polygons, _tvTower));
        Assert.False(GeoQueryEvaluator.Matches(polygons, new GeoPoint(5, 5)));
        Assert.True(GeoQueryEvaluator.Matches(point, _tvTower));
        Assert.False(GeoQueryEvaluator.Matches(point, _brandenburgGate));
        Assert.True(GeoQueryEvaluator.Matches(disjoint, new GeoPoint(5, 5)));
    }

    [Theory]
    [InlineData("near", "Point", "[13,52]", "maxDistance")]
    [InlineData("near;maxDistance==-5", "Point", "[13,52]", "maxDistance==<metres>")]
    [InlineData("near;radius==5", "Point", "[13,52]", "expected maxDistance or minDistance")]
    [InlineData("nearby", "Point", "[13,52]", "Invalid georel 'nearby'")]
    [InlineData("within;maxDistance==5", "Polygon", Square, "takes no modifiers")]
    [InlineData("near;maxDistance==5", "Polygon", Square, "needs geometry=Point")]
    [InlineData("within", "Point", "[13,52]", "needs geometry=Polygon")]
    [InlineData("within", "Circle", "[13,52]", "Invalid geometry 'Circle'")]
    [InlineData("near;maxDistance==5", "Point", "[13,", "JSON array")]
    [InlineData("near;maxDistance==5", "Point", "[200,52]", "outside longitude")]
    [InlineData("near;maxDistance==5", "Point", "[13,95]", "outside longitude -180..180, latitude -90..90")]
    [InlineData("within", "Polygon", "[[[13,52],[14,52],[14,53],[13,53]]]", "must be closed")]
    [InlineData("within", "Polygon", "[[[13,52],[14,52],[13,52]]]", "at least 4 positions")]
    [InlineData("within", "Polygon", "[[[0,0],[2,2],[2,0],[0,2],[0,0]]]", "Invalid Polygon")]
    [InlineData("within", "Polygon", "[[13,52]]", "expected an array, found 13")]
    public void Parse_MalformedGeoQuery_ThrowsBadRequestData(string georel, string geometry, string coordinates, string fragment)
    {
        var error = Assert.Throws<NgsiLdException>(() => GeoQueryParser.Parse(georel, geometry, coordinates, null));

        Assert.Equal(NgsiLdErrorTypes.BadRequestData, error.ErrorType);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OnlySomeGeoParameters_ThrowsBadRequestData()
    {
        var error = Assert.Throws<NgsiLdException>(() => GeoQueryParser.Parse("near;maxDistance==10", null, "[13,52]", null));

        Assert.Contains("all of georel, geometry and coordinates", error.Message, StringComparison.Ordinal);
    }
}
