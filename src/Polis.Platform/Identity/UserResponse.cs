namespace Polis.Platform.Identity;

/// <summary>An operator account as the API shows it (also the body of <c>GET /api/v1/auth/me</c>).</summary>
public sealed record UserResponse(string Id, string Email, string? DisplayName, IReadOnlyList<string> Roles, bool LockedOut);
