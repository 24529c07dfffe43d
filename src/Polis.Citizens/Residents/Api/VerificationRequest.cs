namespace Polis.Citizens.Residents.Api;

/// <summary>Body of <c>POST /api/v1/citizens/residents/{userId}/verification</c>: what the population register says.</summary>
public sealed record VerificationRequest(string? DistrictId, DateOnly? BirthDate);
