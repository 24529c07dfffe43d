namespace Polis.Citizens.Residents;

/// <summary>
/// What city staff confirmed against the population register about a resident (an identity user id): where they live
/// and when they were born. A resident without a profile is unverified and cannot vote.
/// </summary>
public sealed record ResidentProfile(string UserId, string DistrictId, DateOnly BirthDate, DateTimeOffset VerifiedAt, string VerifiedBy);
