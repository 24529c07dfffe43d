using System.Security.Claims;

namespace Polis.Platform.Identity;

/// <summary>The identity user id of a signed-in account (residents' own data is keyed by it).</summary>
public static class ClaimsPrincipalUserId
{
    /// <exception cref="InvalidOperationException">The principal carries no user id: it is not a signed-in account.</exception>
    public static string RequiredUserId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("A signed-in resident has a user id.");
    }
}
