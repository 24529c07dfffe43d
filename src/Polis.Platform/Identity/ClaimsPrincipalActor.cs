using System.Security.Claims;

namespace Polis.Platform.Identity;

/// <summary>How an operator is named in histories (alarm events, group commands): the e-mail they sign in with.</summary>
public static class ClaimsPrincipalActor
{
    public static string ActorName(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(ClaimTypes.Email) ?? user.FindFirstValue(ClaimTypes.Name) ?? user.Identity?.Name ?? "unknown";
    }
}
