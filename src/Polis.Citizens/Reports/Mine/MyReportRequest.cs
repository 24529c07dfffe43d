namespace Polis.Citizens.Reports.Mine;

/// <summary>
/// JSON body of POST /api/v1/me/reports: what an Open311 client would post, minus the api_key and the contact (taken
/// from the resident's account). <see cref="Attributes"/> maps an attribute code to its values.
/// </summary>
public sealed record MyReportRequest(
    string? ServiceCode,
    double? Latitude,
    double? Longitude,
    string? AddressString,
    string? AddressId,
    string? Description,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Attributes,
    string? MediaUrl);
