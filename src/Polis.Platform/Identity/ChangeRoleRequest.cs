namespace Polis.Platform.Identity;

/// <summary>Body of <c>PUT /api/v1/users/{id}/role</c>.</summary>
public sealed record ChangeRoleRequest(string Role);
