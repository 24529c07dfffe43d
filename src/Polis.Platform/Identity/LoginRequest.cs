namespace Polis.Platform.Identity;

/// <summary>Body of <c>POST /api/v1/auth/login</c>.</summary>
public sealed record LoginRequest(string Email, string Password);
