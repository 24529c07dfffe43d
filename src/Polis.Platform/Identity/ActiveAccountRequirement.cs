using Microsoft.AspNetCore.Authorization;

namespace Polis.Platform.Identity;

/// <summary>
/// The token's account still exists and its security stamp is current. Bearer tokens are self-contained,
/// so without this a deleted, demoted or password-reset user would keep access until the token expires.
/// </summary>
internal sealed class ActiveAccountRequirement : IAuthorizationRequirement
{
    public static ActiveAccountRequirement Instance { get; } = new();
}
