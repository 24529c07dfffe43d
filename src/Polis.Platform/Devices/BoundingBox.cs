using System.Globalization;

namespace Polis.Platform.Devices;

/// <summary>A WGS84 box: west, south, east, north.</summary>
public readonly record struct BoundingBox(double West, double South, double East, double North)
{
    public bool Contains(GeoPoint point) =>
        point.Longitude >= West && point.Longitude <= East && point.Latitude >= South && point.Latitude <= North;

    /// <summary>The <c>bbox=west,south,east,north</c> query form (decimal degrees); null unless it is a valid box.</summary>
    public static BoundingBox? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(',');
        if (parts.Length != 4)
        {
            return null;
        }

        var values = new double[4];
        for (var i = 0; i < 4; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
            {
                return null;
            }
        }

        var box = new BoundingBox(values[0], values[1], values[2], values[3]);
        return box.West <= box.East && box.South <= box.North && box.West >= -180 && box.East <= 180 && box.South >= -90 && box.North <= 90 ? box : null;
    }
}
