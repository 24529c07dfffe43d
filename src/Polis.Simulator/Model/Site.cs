namespace Polis.Simulator.Model;

/// <summary>A building: a household (an address with meters) or a public building with a controller.</summary>
public sealed record Site(string Id, SiteKind Kind, string Name, string DistrictId, GeoPosition Location);
