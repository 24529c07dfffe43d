namespace Polis.Platform.Identity;

/// <summary>Body of <c>POST /api/v1/users/{id}/password</c>: an admin sets a new password (and clears any lockout).</summary>
public sealed record ResetPasswordRequest(string Password);
