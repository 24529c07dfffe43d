namespace Polis.Platform.Identity;

/// <summary>Body of <c>POST /api/v1/users</c>; <see cref="Role"/> is one of <see cref="PolisRoles.Assignable"/>.</summary>
public sealed record CreateUserRequest(string Email, string Password, string Role, string? DisplayName);
