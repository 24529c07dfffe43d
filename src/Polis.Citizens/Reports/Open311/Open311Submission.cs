namespace Polis.Citizens.Reports.Open311;

/// <summary>
/// The fields of a POST requests body as a client sent them (form-encoded, or multipart with a <c>media</c> file),
/// not yet checked. <see cref="Attributes"/> maps <c>attribute[code]</c> (and <c>attribute[code][]</c>) to its values.
/// </summary>
public sealed record Open311Submission(
    string? ApiKey,
    string? JurisdictionId,
    string? ServiceCode,
    string? Latitude,
    string? Longitude,
    string? AddressString,
    string? AddressId,
    string? Email,
    string? FirstName,
    string? LastName,
    string? Phone,
    string? Description,
    string? MediaUrl,
    string? DeviceId,
    string? AccountId,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Attributes);
