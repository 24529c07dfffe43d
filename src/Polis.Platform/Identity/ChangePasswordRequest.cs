namespace Polis.Platform.Identity;

/// <summary>Body of <c>POST /api/v1/auth/password</c>: a signed-in user changes their own password.</summary>
public sealed record ChangePasswordRequest(string CurrentPassword, string NewPassword);
