namespace Polis.Platform.Geography;

/// <summary>
/// One validated feature of the city's geography. <see cref="GeometryJson"/> is a canonical GeoJSON geometry
/// (type and coordinates only) that Polis wrote itself, so readers can pass it on without parsing it again.
/// <see cref="Id"/> is the district id devices refer to (<c>Device.District</c>); streets may have none.
/// </summary>
public sealed record GeographyFeature(GeographyKind Kind, string? Id, string Name, string GeometryJson);
