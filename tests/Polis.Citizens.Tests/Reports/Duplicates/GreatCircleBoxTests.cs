using Polis.Citizens.Reports.Duplicates;
using Polis.Platform.Devices;

namespace Polis.Citizens.Tests.Reports.Duplicates;

/// <summary>The box the store pre-filters by: it must hold every point of the circle, or a real duplicate is never seen.</summary>
public sealed class GreatCircleBoxTests
{
    [Theory]
    [InlineData(12.5683, 55.6761, 50)]
    [InlineData(-74.006, 40.7128, 30)]
    [InlineData(18.07, 69.65, 1000)]
    [InlineData(0, 0, 50)]
    public void BoxAround_EveryPointOnTheCircle_Inside(double longitude, double latitude, double metres)
    {
        var centre = new GeoPoint(longitude, latitude);
        var box = GreatCircle.BoxAround(centre, metres);
        for (var bearing = 0; bearing < 360; bearing += 5)
        {
            var point = Destination(centre, bearing, metres * 0.9999);
            Assert.True(box.Contains(point), $"{point} at {bearing}° is outside {box}");
        }

        // Not much bigger than needed either: one metre of latitude beyond the radius is out.
        Assert.False(box.Contains(Destination(centre, 0, metres + 1)));
    }

    [Fact]
    public void BoxAround_AcrossTheAntimeridianOrAtAPole_EveryLongitude()
    {
        var antimeridian = GreatCircle.BoxAround(new GeoPoint(179.9999, 10), 50);
        Assert.Equal((-180d, 180d), (antimeridian.West, antimeridian.East));
        var pole = GreatCircle.BoxAround(new GeoPoint(0, 90), 50);
        Assert.Equal((-180d, 180d, 90d), (pole.West, pole.East, pole.North));
    }

    // The point reached from a start going a distance along an initial bearing on the sphere (the inverse of haversine).
    private static GeoPoint Destination(GeoPoint from, double bearingDegrees, double metres)
    {
        const double toRadians = Math.PI / 180;
        var angle = metres / GreatCircle.MeanEarthRadius;
        var bearing = bearingDegrees * toRadians;
        var lat1 = from.Latitude * toRadians;
        var lat2 = Math.Asin((Math.Sin(lat1) * Math.Cos(angle)) + (Math.Cos(lat1) * Math.Sin(angle) * Math.Cos(bearing)));
        var lon2 = (from.Longitude * toRadians) + Math.Atan2(Math.Sin(bearing) * Math.Sin(angle) * Math.Cos(lat1), Math.Cos(angle) - (Math.Sin(lat1) * Math.Sin(lat2)));
        return new GeoPoint(lon2 / toRadians, lat2 / toRadians);
    }
}
