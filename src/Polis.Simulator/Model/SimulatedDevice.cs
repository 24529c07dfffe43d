namespace Polis.Simulator.Model;

/// <summary>
/// One device of the city as it is registered in Polis. <see cref="Index"/> is its position in the city's
/// device list and seeds its behaviour; <see cref="Anchor"/> is what it belongs to (site, route, district,
/// parking site) and <see cref="Ordinal"/> its number there (the second bus of a route is 1);
/// <see cref="Scale"/> sizes its behaviour (a household's consumption factor, a building's occupants).
/// </summary>
public sealed record SimulatedDevice(
    int Index,
    string Id,
    string Name,
    DeviceKind Kind,
    string DistrictId,
    GeoPosition Location,
    IReadOnlyList<string> Labels,
    string? Anchor,
    int Ordinal,
    double Scale)
{
    public string ProfileId => DeviceKinds.ProfileId(Kind);
}
