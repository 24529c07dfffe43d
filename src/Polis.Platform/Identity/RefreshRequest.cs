namespace Polis.Platform.Identity;

/// <summary>Body of <c>POST /api/v1/auth/refresh</c>: the refresh token from a previous login or refresh.</summary>
public sealed record RefreshRequest(string RefreshToken);
