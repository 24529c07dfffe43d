using Polis.Citizens.Reports.Lifecycle;

namespace Polis.Citizens.Reports.Store;

/// <summary>
/// A resident's problem report as stored. <see cref="Attributes"/> maps a service attribute's code to its values (one
/// for most datatypes, several for multivaluelist). The reporter's contact fields are for city staff only: Open311
/// reads never show them.
/// </summary>
public sealed record Report(
    long Id,
    string ServiceCode,
    ReportStatus Status,
    string? Description,
    double? Latitude,
    double? Longitude,
    string? Address,
    string? AddressId,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Attributes,
    ReportContact Contact,
    string? MediaUrl,
    string? Department,
    string? Token,
    string? ApiKeyId,
    string? StatusNotes,
    DateTimeOffset RequestedAt,
    DateTimeOffset UpdatedAt);
