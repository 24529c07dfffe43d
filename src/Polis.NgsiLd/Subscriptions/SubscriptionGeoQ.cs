namespace Polis.NgsiLd.Subscriptions;

/// <summary>A subscription's geoQ (clause 5.2.13) as sent; <see cref="Coordinates"/> is the JSON text of the coordinates.</summary>
public sealed record SubscriptionGeoQ(string Georel, string Geometry, string Coordinates, string? GeoProperty);
