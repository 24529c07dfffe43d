using Polis.Platform.Devices;

namespace Polis.Dashboard.Devices;

/// <summary>
/// What the device list shows: a search text (an exact device id, or part of a name), profile, district, label and
/// online state, combined with AND, and a page. Blank filters mean "any".
/// </summary>
public sealed record DeviceListFilter(
    string? Search = null,
    string? ProfileId = null,
    string? District = null,
    string? Label = null,
    bool? Online = null,
    int PageIndex = 0)
{
    public static DeviceListFilter All { get; } = new();

    /// <summary>The store's query for one page; the search text becomes a name filter.</summary>
    public DeviceQuery ToQuery(int pageSize) => new(
        ProfileId: Blank(ProfileId),
        District: Blank(District),
        Label: Blank(Label),
        Online: Online,
        NameContains: Blank(Search),
        Offset: PageIndex * pageSize,
        Limit: pageSize);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
