namespace Polis.Platform.Tests.Identity;

internal sealed record TokenResponse(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);
