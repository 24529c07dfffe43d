namespace Polis.Citizens.EServices.Requests;

/// <summary>Filters of a request listing (newest first); null means any.</summary>
public sealed record EServiceRequestQuery(
    string? ServiceCode = null,
    EServiceRequestStatus? Status = null,
    string? Department = null,
    string? ResidentUserId = null,
    int Offset = 0,
    int Limit = 100);
