namespace Polis.Platform.Devices;

/// <summary>Filters and paging of the device list; every filter is optional and they combine with AND.</summary>
public sealed record DeviceQuery(
    string? ProfileId = null,
    string? District = null,
    string? Label = null,
    bool? Online = null,
    BoundingBox? Within = null,
    string? NameContains = null,
    int Offset = 0,
    int Limit = 100);
