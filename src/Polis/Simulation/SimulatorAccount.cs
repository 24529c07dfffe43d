using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Polis.Platform.Identity;

namespace Polis.Simulation;

/// <summary>
/// The in-process simulator's own operator account. It signs in through the public API like any client, with
/// a random password generated at every start and kept only in memory (never printed, logged or configured):
/// no admin password is needed, the account cannot manage users, and admins see it in /api/v1/users.
/// </summary>
internal static class SimulatorAccount
{
    public const string Email = "simulator@polis.local";
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public static async Task<(string Email, string Password)> EnsureAsync(IServiceScopeFactory scopes)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PolisUser>>();
            var password = RandomNumberGenerator.GetString(Alphabet, 32);
            var user = await users.FindByEmailAsync(Email).ConfigureAwait(false);
            if (user is null)
            {
                user = new PolisUser { UserName = Email, Email = Email, EmailConfirmed = true, DisplayName = "City simulator" };
                Check(await users.CreateAsync(user, password).ConfigureAwait(false));
            }
            else
            {
                // Last start's password is gone with that process: replace it. This also revokes old tokens.
                Check(await users.RemovePasswordAsync(user).ConfigureAwait(false));
                Check(await users.AddPasswordAsync(user, password).ConfigureAwait(false));
                Check(await users.ResetAccessFailedCountAsync(user).ConfigureAwait(false));
            }

            if (!await users.IsInRoleAsync(user, PolisRoles.Operator).ConfigureAwait(false))
            {
                Check(await users.AddToRoleAsync(user, PolisRoles.Operator).ConfigureAwait(false));
            }

            return (Email, password);
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The simulator account could not be prepared: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
