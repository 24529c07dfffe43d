namespace Polis.Platform.Devices;

/// <summary>
/// A registered device. <see cref="Attributes"/> are descriptive metadata kept in the registry
/// (serial number, vendor, address); live attributes belong to the twin.
/// </summary>
public sealed record Device(
    string Id,
    string ProfileId,
    string Name,
    string? District,
    GeoPoint? Location,
    IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyList<string> Labels,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
