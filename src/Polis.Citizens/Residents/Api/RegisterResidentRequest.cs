namespace Polis.Citizens.Residents.Api;

/// <summary>Body of <c>POST /api/v1/citizens/residents/register</c>.</summary>
public sealed record RegisterResidentRequest(string? Email, string? Password, string? DisplayName);
