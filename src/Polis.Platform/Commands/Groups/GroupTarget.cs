using NetTopologySuite.Geometries;
using Polis.Platform.Devices;

namespace Polis.Platform.Commands.Groups;

/// <summary>A validated device selection; <see cref="Area"/> is the polygon, if any.</summary>
public sealed record GroupTarget(string? ProfileId, string? District, string? Label, Geometry? Area, string? AreaGeoJson)
{
    public DeviceQuery ToQuery(int offset, int limit)
    {
        BoundingBox? box = null;
        if (Area is { } area)
        {
            var envelope = area.EnvelopeInternal;
            box = new BoundingBox(envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY);
        }

        return new DeviceQuery(ProfileId, District, Label, Within: box, Offset: offset, Limit: limit);
    }

    /// <summary>The exact polygon test, after the registry's bounding-box prefilter.</summary>
    public bool Contains(Device device) =>
        Area is null || (device.Location is { } at && Area.Covers(new Point(at.Longitude, at.Latitude)));
}
