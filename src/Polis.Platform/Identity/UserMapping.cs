using Microsoft.AspNetCore.Identity;

namespace Polis.Platform.Identity;

internal static class UserMapping
{
    public static async Task<UserResponse> ToResponseAsync(UserManager<PolisUser> users, PolisUser user)
    {
        var roles = await users.GetRolesAsync(user).ConfigureAwait(false);
        var lockedOut = await users.IsLockedOutAsync(user).ConfigureAwait(false);
        return ToResponse(user, [.. roles.Order(StringComparer.Ordinal)], lockedOut);
    }

    public static UserResponse ToResponse(PolisUser user, IReadOnlyList<string> roles, bool lockedOut) =>
        new(user.Id, user.Email ?? user.UserName ?? "", user.DisplayName, roles, lockedOut);
}
