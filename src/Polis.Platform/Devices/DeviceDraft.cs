namespace Polis.Platform.Devices;

/// <summary>
/// What a caller supplies to create or replace a device. <see cref="Id"/> and <see cref="AccessToken"/>
/// are optional on creation (generated when absent); a supplied token lets existing firmware keep its
/// credentials.
/// </summary>
public sealed record DeviceDraft(
    string? Id,
    string? ProfileId,
    string? Name,
    string? District = null,
    GeoPoint? Location = null,
    IReadOnlyDictionary<string, string>? Attributes = null,
    IReadOnlyList<string>? Labels = null,
    string? AccessToken = null);
