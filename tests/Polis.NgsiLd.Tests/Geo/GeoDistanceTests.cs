using Polis.NgsiLd.Geo;
using Polis.Platform.Devices;

namespace Polis.NgsiLd.Tests.Geo;

public sealed class GeoDistanceTests
{
    [Fact]
    public void HaversineMetres_NashvilleToLosAngeles_MatchesReferenceDistance()
    {
        // The classic BNA (36.12 N, 86.67 W) to LAX (33.94 N, 118.40 W) example: 2887.2599506 km with
        // R = 6372.8 km; scaled to the IUGG mean radius used here.
        var expected = 2_887_259.9506071106 * GeoDistance.EarthRadiusMetres / 6_372_800;

        var actual = GeoDistance.HaversineMetres(new GeoPoint(-86.67, 36.12), new GeoPoint(-118.40, 33.94));

        Assert.Equal(expected, actual, 1.0);
    }

    [Fact]
    public void BoxAround_PointAtDistance_ContainsIt()
    {
        var center = new GeoPoint(13.377704, 52.516275);
        var tvTower = new GeoPoint(13.409419, 52.520817);

        Assert.True(GeoDistance.BoxAround(center, 2_300).Contains(tvTower));
        Assert.False(GeoDistance.BoxAround(center, 1_000).Contains(tvTower));
    }

    [Fact]
    public void BoxAround_NearAntimeridian_TakesWholeLongitudeRange()
    {
        var box = GeoDistance.BoxAround(new GeoPoint(179.99, 0), 5_000);

        Assert.Equal(-180, box.West);
        Assert.Equal(180, box.East);
    }
}
