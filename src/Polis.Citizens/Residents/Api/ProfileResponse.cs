namespace Polis.Citizens.Residents.Api;

/// <summary>A resident's profile: their account and, once verified, their district and birth date.</summary>
public sealed record ProfileResponse(
    string UserId,
    string? Email,
    string? DisplayName,
    bool Verified,
    string? DistrictId,
    DateOnly? BirthDate,
    DateTimeOffset? VerifiedAt);
